package io.wocas.bridge.voice.tagging;

import java.nio.file.Path;

import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceTaggerTest {

	private static VoiceTagger tagger;

	@BeforeAll
	static void createTagger() {
		tagger = new VoiceTagger(TaggingSettings.defaults());
	}

	@Test
	void markedNoteIsAVoiceWithTheMarkerTagsAndFullConfidence() {
		Tagging tagging = tagger.tag("Appel client",
				"#WOCAS sev:3 freq:weekly reason:BILL-ANNUAL\nLa cliente ne comprend pas son décompte annuel.");

		assertThat(tagging.marked()).isTrue();
		assertThat(tagging.voice()).isTrue();
		assertThat(tagging.confidence()).isEqualTo(1.0);
		assertThat(tagging.severity()).isEqualTo(new Severity(3));
		assertThat(tagging.frequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(tagging.reasonCodes()).containsExactly("BILL-ANNUAL");
		assertThat(tagging.language()).isEqualTo(Language.FR);
		assertThat(tagging.warnings()).isEmpty();
	}

	@Test
	void markerCodesComeFirstThenTaxonomyCodesAboveThreshold() {
		Tagging tagging = tagger.tag(null,
				"#wocas reason:LETTER-CLARITY\nKlant kreeg een ingebrekestelling terwijl het afbetalingsplan loopt");

		assertThat(tagging.reasonCodes()).containsExactly("LETTER-CLARITY", "FORMAL-NOTICE", "PAYMENT-PLAN");
		assertThat(tagging.language()).isEqualTo(Language.NL);
	}

	@Test
	void markerInTheSubjectCounts() {
		Tagging tagging = tagger.tag("TR: facture #WOCAS sev:2", "Bonjour, voir ci-dessous.");

		assertThat(tagging.marked()).isTrue();
		assertThat(tagging.severity()).isEqualTo(new Severity(2));
	}

	@Test
	void unmarkedNoteMatchingTheTaxonomyIsAVoiceWithItsConfidence() {
		Tagging tagging = tagger.tag("Call", "Customer got a second reminder with a reminder fee although he paid");

		assertThat(tagging.marked()).isFalse();
		assertThat(tagging.voice()).isTrue();
		assertThat(tagging.reasonCodes()).first().isEqualTo("REMINDER");
		assertThat(tagging.confidence()).isBetween(0.35, 1.0);
		assertThat(tagging.language()).isEqualTo(Language.EN);
		assertThat(tagging.severity()).isNull();
		assertThat(tagging.frequency()).isNull();
	}

	@Test
	void unmarkedOrdinaryNoteIsNotAVoice() {
		Tagging tagging = tagger.tag("Appel", "Client rappelé, il confirme son rendez-vous de mardi.");

		assertThat(tagging.voice()).isFalse();
		assertThat(tagging.reasonCodes()).isEmpty();
		assertThat(tagging.confidence()).isLessThan(0.35);
	}

	@Test
	void markerWarningsAreReturnedAndTheVoiceIsStillTaken() {
		Tagging tagging = tagger.tag(null, "#WOCAS sev:9 reason:NOPE foo:bar\nklant boos");

		assertThat(tagging.voice()).isTrue();
		assertThat(tagging.warnings()).hasSize(3)
			.anySatisfy((warning) -> assertThat(warning).contains("sev:9"))
			.anySatisfy((warning) -> assertThat(warning).contains("NOPE"))
			.anySatisfy((warning) -> assertThat(warning).contains("foo:bar"));
	}

	@Test
	void markerPartsDoNotFeedTheTaxonomy() {
		Tagging tagging = tagger.tag(null, "#WOCAS reason:REFUND");

		assertThat(tagging.reasonCodes()).containsExactly("REFUND");
	}

	@Test
	void thresholdComesFromTheSettings() {
		VoiceTagger strict = new VoiceTagger(new TaggingSettings("#WOCAS", Path.of("connectors/taxonomy.yaml"), 0.95),
				TaxonomyLoader.load(Path.of("connectors/taxonomy.yaml")));

		Tagging tagging = strict.tag(null, "Customer got a second reminder");

		assertThat(tagging.voice()).isFalse();
		assertThat(tagging.reasonCodes()).isEmpty();
	}

	@Test
	void emptyInputIsNotAVoice() {
		Tagging tagging = tagger.tag(null, null);

		assertThat(tagging.voice()).isFalse();
		assertThat(tagging.language()).isEqualTo(Language.OTHER);
	}

	@Test
	void routineFollowUpIsNotAVoiceButANegatedOneIs() {
		assertThat(tagger.tag(null, "Called back, no answer.").voice()).isFalse();
		assertThat(tagger.tag(null, "Customer was never called back although we promised it twice").voice()).isTrue();
	}

}

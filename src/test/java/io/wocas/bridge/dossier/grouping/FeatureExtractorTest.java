package io.wocas.bridge.dossier.grouping;

import java.util.List;

import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.tagging.TaggingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureExtractorTest {

	private static FeatureExtractor extractor;

	@BeforeAll
	static void createExtractor() {
		extractor = FeatureExtractor.create(GroupingSettings.defaults(), TaggingSettings.defaults());
	}

	@Test
	void markerHeadersGreetingsSignaturesAndRedactionsAreStripped() {
		String text = """
				#WOCAS sev:3 freq:weekly
				Client furieux, voir son mail.

				De : [email]
				Envoyé : lundi 3 mars 2026 10:12
				Objet : RE: mise en demeure

				Bonjour,
				J'ai reçu une mise en demeure alors que je paie mon plan. Tel [phone].
				Cordialement,
				Jean Dupont
				Rue des Lilas 4

				Envoyé de mon iPhone""";

		String cleaned = extractor.cleanedText(null, text);

		assertThat(cleaned).contains("Client furieux", "mise en demeure", "J'ai reçu une mise en demeure")
			.doesNotContain("WOCAS", "sev:", "Bonjour", "Cordialement", "Dupont", "Lilas", "iPhone", "[email]",
					"[phone]", "Envoyé :", "RE:");
	}

	@Test
	void dutchAndEnglishClosingsAndGreetingPrefixesAreStripped() {
		assertThat(extractor.cleanedText(null, "Beste,\nik kreeg een herinnering.\nMet vriendelijke groeten,\nEls"))
			.isEqualTo("ik kreeg een herinnering.");
		assertThat(extractor.cleanedText(null, "Hello, our bill doubled.\nThanks, Grace"))
			.isEqualTo("our bill doubled.");
	}

	@Test
	void theSameProblemInThreeLanguagesSharesItsConcepts() {
		VoiceFeatures french = extractor.extract(1, null,
				"Mise en demeure reçue alors que le plan de paiement est respecté.", Language.FR, List.of());
		VoiceFeatures dutch = extractor.extract(2, null, "Ingebrekestelling ontvangen terwijl het afbet.plan loopt.",
				Language.NL, List.of());
		VoiceFeatures english = extractor.extract(3, null,
				"Formal notice received although the payment plan is running.", Language.EN, List.of());

		for (VoiceFeatures voice : List.of(french, dutch, english)) {
			assertThat(voice.terms()).containsKeys("c:formal-notice", "c:payment-plan");
		}
	}

	@Test
	void longestPhraseWinsAndNegationsStayInPhrases() {
		VoiceFeatures voice = extractor.extract(1, null, "frais de rappel comptés deux fois, pas clair", Language.FR,
				List.of());

		assertThat(voice.terms()).containsKeys("c:reminder-fee", "c:double-charge", "c:unclear")
			.doesNotContainKey("c:reminder");
	}

	@Test
	void reasonCodesAndStemsAreFeaturesWithTheirWeights() {
		GroupingSettings settings = GroupingSettings.defaults();
		VoiceFeatures voice = extractor.extract(7, null,
				"#WOCAS reason:LEAK-CONSUMPTION\nFuite réparée par le plombier");

		assertThat(voice.voiceId()).isEqualTo(7);
		assertThat(voice.language()).isEqualTo(Language.FR);
		assertThat(voice.reasonCodes()).startsWith("LEAK-CONSUMPTION");
		assertThat(voice.terms()).containsEntry("r:LEAK-CONSUMPTION", settings.reasonWeight())
			.containsEntry("c:leak", settings.conceptWeight() * FeatureExtractor.GENERIC_FACTOR)
			.containsEntry("c:plumber", settings.conceptWeight())
			.containsKey("t:plombi");
		assertThat(voice.terms().get("t:plombi")).isEqualTo(settings.stemWeight());
	}

	@Test
	void repeatedWordsAreDampedSublinearly() {
		VoiceFeatures voice = extractor.extract(1, null, "plumber plumber plumber plumber", Language.EN, List.of());

		assertThat(voice.terms().get("c:plumber")).isEqualTo(1.0 + Math.log(4),
				org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void genericConceptsWeighLessAndSiblingConceptsShareTheirFamily() {
		VoiceFeatures waiting = extractor.extract(1, null, "une heure en attente au téléphone", Language.FR, List.of());
		VoiceFeatures callback = extractor.extract(2, null, "nobody ever called me back", Language.EN, List.of());

		assertThat(waiting.terms()).containsKeys("c:phone-wait", "f:reaching-us");
		assertThat(callback.terms()).containsKeys("c:callback", "f:reaching-us");
		VoiceFeatures invoice = extractor.extract(3, null, "facture du plombier? non: facture", Language.FR, List.of());
		assertThat(invoice.terms().get("c:invoice")).isLessThan(invoice.terms().get("c:certificate"));
	}

}

package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.wocas.bridge.voice.tagging.TaggingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B-cubed quality of the online grouping on the labelled set, with the shipped settings,
 * synonyms and taxonomy (language and reason codes from the real tagger).
 */
class GroupingQualityTest {

	private static List<LabelledVoices.Labelled> voices;

	private static Map<Long, VoiceFeatures> features;

	private static final GroupingSettings SETTINGS = GroupingSettings.defaults();

	@BeforeAll
	static void extractFeatures() {
		voices = LabelledVoices.load();
		features = LabelledVoices.extract(FeatureExtractor.create(SETTINGS, TaggingSettings.defaults()), voices);
	}

	@Test
	void groupingInFileOrderReachesF1Of080() {
		LabelledVoices.Run run = LabelledVoices.group(voices, features, SETTINGS);
		long secondary = run.decisions().stream().filter((d) -> !d.secondary().isEmpty()).count();
		System.out.println("grouping, file order: " + run.result() + ", voices with a secondary dossier: " + secondary);

		assertThat(run.result().items()).isEqualTo(275);
		assertThat(run.result().f1()).isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void groupingStaysAbove075InOtherOrders() {
		for (long seed : new long[] { 11, 22, 33 }) {
			List<LabelledVoices.Labelled> order = new ArrayList<>(voices);
			Collections.shuffle(order, new Random(seed));
			LabelledVoices.Run run = LabelledVoices.group(order, features, SETTINGS);
			System.out.println("grouping, shuffled with seed " + seed + ": " + run.result());

			assertThat(run.result().f1()).as("F1 with seed %d", seed).isGreaterThanOrEqualTo(0.75);
		}
	}

	/**
	 * Voices written apart from the labelled set and never used to tune anything: the
	 * guard against settings and synonyms that only fit the labelled set.
	 */
	@Test
	void heldOutVoicesReachF1Of075() {
		List<LabelledVoices.Labelled> heldOut = LabelledVoices.load(LabelledVoices.HELDOUT);
		Map<Long, VoiceFeatures> heldOutFeatures = LabelledVoices
			.extract(FeatureExtractor.create(SETTINGS, TaggingSettings.defaults()), heldOut);
		LabelledVoices.Run run = LabelledVoices.group(heldOut, heldOutFeatures, SETTINGS);
		System.out.println("grouping, held-out voices: " + run.result());

		assertThat(run.result().items()).isGreaterThanOrEqualTo(40);
		assertThat(run.result().f1()).isGreaterThanOrEqualTo(0.75);
	}

	@Test
	void everyDecisionExplainsItself() {
		LabelledVoices.Run run = LabelledVoices.group(voices, features, SETTINGS);

		assertThat(run.decisions()).allSatisfy((decision) -> {
			assertThat(decision.primary()).isNotNull();
			assertThat(decision.explanation()).isNotBlank();
			if (!decision.newDossier()) {
				assertThat(decision.primary().sharedTerms()).isNotEmpty();
				assertThat(decision.primary().score()).isGreaterThanOrEqualTo(SETTINGS.attachThreshold());
			}
		});
	}

}

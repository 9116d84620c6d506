package io.wocas.bridge.dossier.grouping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynonymsLoaderTest {

	@Test
	void shippedFileLoadsWithEnoughConcepts() {
		Synonyms synonyms = SynonymsLoader.load(GroupingSettings.DEFAULT_SYNONYMS_FILE);

		assertThat(synonyms.concepts()).hasSizeBetween(60, 120)
			.containsKeys("annual-statement", "payment-plan", "formal-notice", "reminder-fee", "cpas-ocmw");
		assertThat(synonyms.concepts().get("payment-plan")).contains("afbet.plan", "plan d'apurement");
	}

	@Test
	void shippedFileHasGenericConceptsAndFamiliesOfKnownConcepts() {
		Synonyms synonyms = SynonymsLoader.load(GroupingSettings.DEFAULT_SYNONYMS_FILE);

		assertThat(synonyms.generic()).contains("invoice", "phone").allMatch(synonyms.concepts()::containsKey);
		assertThat(synonyms.families()).containsKeys("reaching-us", "online-access");
		assertThat(synonyms.familiesOf("callback")).containsExactly("reaching-us");
		assertThat(synonyms.familiesOf("leak")).isEmpty();
	}

	@Test
	void familyOrGenericNamingAnUnknownConceptIsReported() {
		assertThatThrownBy(() -> SynonymsLoader.parse("s.yaml", "concepts:\n  a: [x]\nfamilies:\n  f: [a, b]\n"))
			.hasMessage("s.yaml: families.f[1] 'b' is not a concept of 'concepts'");
		assertThatThrownBy(() -> SynonymsLoader.parse("s.yaml", "concepts:\n  a: [x]\ngeneric: [c]\n"))
			.hasMessage("s.yaml: generic[0] 'c' is not a concept of 'concepts'");
	}

	@Test
	void blankPhraseIsReportedWithFileAndKey() {
		assertThatThrownBy(() -> SynonymsLoader.parse("connectors/synonyms.yaml",
				"concepts:\n  payment-plan: [plan de paiement, '']\n"))
			.isInstanceOf(InvalidSynonymsException.class)
			.hasMessage("connectors/synonyms.yaml: concepts.payment-plan[1] must be a non-blank text");
	}

	@Test
	void badKeyUnknownRootKeyAndInvalidYamlAreReported() {
		assertThatThrownBy(() -> SynonymsLoader.parse("s.yaml", "concepts:\n  Payment_Plan: [x]\n"))
			.hasMessageStartingWith("s.yaml: concepts.Payment_Plan is not a valid concept key");
		assertThatThrownBy(() -> SynonymsLoader.parse("s.yaml", "concept:\n  a: [x]\n"))
			.hasMessageStartingWith("s.yaml: concept is not a known key");
		assertThatThrownBy(() -> SynonymsLoader.parse("s.yaml", "concepts:\n  a: x\n"))
			.hasMessage("s.yaml: concepts.a must be a non-empty list of phrases");
		assertThatThrownBy(() -> SynonymsLoader.parse("s.yaml", "concepts: [\n"))
			.hasMessageStartingWith("s.yaml: is not valid YAML at line");
	}

}

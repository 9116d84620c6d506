package io.wocas.bridge.voice.tagging;

import java.nio.file.Files;
import java.nio.file.Path;

import io.wocas.bridge.voice.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomyLoaderTest {

	private static final String FILE = "connectors/taxonomy.yaml";

	@Test
	void validTaxonomyIsRead() {
		Taxonomy taxonomy = TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - code: BILL-ANNUAL
				    label: {fr: "Décompte annuel", nl: "Jaarafrekening", en: "Annual statement"}
				    terms:
				      fr: ["décompte annuel", "décompte"]
				      nl: [jaarafrekening]
				  - code: REMINDER
				    label: {en: Reminder}
				    terms: {en: [reminder]}
				""");

		assertThat(taxonomy.reasonCodes()).extracting(Taxonomy.ReasonCode::code)
			.containsExactly("BILL-ANNUAL", "REMINDER");
		assertThat(taxonomy.find("bill-annual")).get()
			.satisfies((code) -> assertThat(code.label(Language.NL)).isEqualTo("Jaarafrekening"))
			.satisfies(
					(code) -> assertThat(code.terms().get(Language.FR)).containsExactly("décompte annuel", "décompte"));
		assertThat(taxonomy.find("REMINDER").get().label(Language.FR)).isEqualTo("Reminder");
	}

	@Test
	void taxonomyWithDuplicateCodeFailsNamingFileAndKey() {
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {en: One}, terms: {en: [one]}}
				  - {code: A-TWO, label: {en: Two}, terms: {en: [two]}}
				  - {code: A-ONE, label: {en: Again}, terms: {en: [again]}}
				""")).isInstanceOf(InvalidTaxonomyException.class)
			.hasMessageContaining(FILE)
			.hasMessageContaining("reason-codes[2].code")
			.hasMessageContaining("duplicate of reason-codes[0].code");
	}

	@Test
	void taxonomyWithBlankCodeFailsNamingFileAndKey() {
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {en: One}, terms: {en: [one]}}
				  - {code: A-TWO, label: {en: Two}, terms: {en: [two]}}
				  - {code: A-THREE, label: {en: Three}, terms: {en: [three]}}
				  - {label: {en: Four}, terms: {en: [four]}}
				""")).isInstanceOf(InvalidTaxonomyException.class)
			.hasMessage(FILE + ": reason-codes[3].code must not be blank");
	}

	@Test
	void taxonomyWithEmptyTermsFailsNamingFileAndKey() {
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {en: One}, terms: {en: []}}
				""")).hasMessageStartingWith(FILE + ": reason-codes[0].terms.en must be a non-empty list");
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {en: One}}
				""")).hasMessageStartingWith(FILE + ": reason-codes[0].terms must map");
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {en: One}, terms: {en: [one, ""]}}
				""")).hasMessageStartingWith(FILE + ": reason-codes[0].terms.en[1] must be a non-blank text");
	}

	@Test
	void taxonomyWithUnknownLanguageKeyFailsNamingFileAndKey() {
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {en: One}, terms: {de: [eins]}}
				""")).isInstanceOf(InvalidTaxonomyException.class)
			.hasMessageStartingWith(FILE + ": reason-codes[0].terms.de is not a known language");
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {es: Uno}, terms: {en: [one]}}
				""")).hasMessageStartingWith(FILE + ": reason-codes[0].label.es is not a known language");
	}

	@Test
	void unreadableYamlFailsNamingFileAndLine() {
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - code: A-ONE
				    terms: {en: [one
				""")).isInstanceOf(InvalidTaxonomyException.class)
			.hasMessageStartingWith(FILE + ": is not valid YAML at line");
	}

	@Test
	void misspelledKeyFailsNamingFileAndKey() {
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {en: One}, term: {en: [one]}}
				""")).hasMessageStartingWith(FILE + ": reason-codes[0].term is not a known key");
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, "reason-code: []"))
			.hasMessageStartingWith(FILE + ": reason-code is not a known key");
	}

	@Test
	void malformedCodeFailsNamingFileAndKey() {
		assertThatThrownBy(() -> TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: "bill annual", label: {en: One}, terms: {en: [one]}}
				""")).hasMessageStartingWith(FILE + ": reason-codes[0].code 'bill annual' must be upper-case");
	}

	@Test
	void termMadeOnlyOfStopWordsFailsWhenTheMatcherIsBuilt() {
		Taxonomy taxonomy = TaxonomyLoader.parse(FILE, """
				reason-codes:
				  - {code: A-ONE, label: {fr: Un}, terms: {fr: [facture, "de la"]}}
				""");

		assertThatThrownBy(() -> new TaxonomyMatcher(taxonomy)).isInstanceOf(InvalidTaxonomyException.class)
			.hasMessageStartingWith(FILE + ": reason-codes[0].terms.fr[1] 'de la' has only stop words");
	}

	@Test
	void missingFileFailsNamingTheFile(@TempDir Path directory) {
		Path missing = directory.resolve("taxonomy.yaml");

		assertThatThrownBy(() -> TaxonomyLoader.load(missing)).isInstanceOf(InvalidTaxonomyException.class)
			.hasMessageStartingWith(missing + ": cannot be read");
	}

	@Test
	void fileIsReadAsUtf8(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("taxonomy.yaml");
		Files.writeString(file, """
				reason-codes:
				  - {code: DIRECT-DEBIT, label: {nl: Domiciliëring}, terms: {nl: [domiciliëring]}}
				""");

		assertThat(TaxonomyLoader.load(file).find("DIRECT-DEBIT").get().label(Language.NL)).isEqualTo("Domiciliëring");
	}

	@Test
	void shippedTaxonomyIsValidAndRich() {
		Taxonomy taxonomy = TaxonomyLoader.load(Path.of(FILE));

		assertThat(taxonomy.reasonCodes()).hasSizeGreaterThanOrEqualTo(14);
		assertThat(taxonomy.reasonCodes()).allSatisfy((code) -> {
			assertThat(code.labels()).containsKeys(Language.FR, Language.NL, Language.EN);
			assertThat(code.terms()).containsKeys(Language.FR, Language.NL, Language.EN);
		});
		new TaxonomyMatcher(taxonomy);
	}

}

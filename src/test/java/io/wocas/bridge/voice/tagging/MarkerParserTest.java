package io.wocas.bridge.voice.tagging;

import java.util.List;
import java.util.Map;

import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkerParserTest {

	private static final Taxonomy TAXONOMY = new Taxonomy("test",
			List.of(code("BILL-ANNUAL"), code("METER-READING"), code("PAYMENT-PLAN")));

	private final MarkerParser parser = new MarkerParser("#WOCAS", TAXONOMY);

	@Test
	void markerPartsInAnyOrderAreRead() {
		MarkedTags tags = this.parser.parse("#WOCAS reason:BILL-ANNUAL freq:weekly sev:3");
		MarkedTags reordered = this.parser.parse("#WOCAS sev:3 reason:BILL-ANNUAL freq:weekly");

		assertThat(tags.marked()).isTrue();
		assertThat(tags.severity()).isEqualTo(new Severity(3));
		assertThat(tags.frequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(tags.reasonCodes()).containsExactly("BILL-ANNUAL");
		assertThat(tags.warnings()).isEmpty();
		assertThat(reordered).usingRecursiveComparison().ignoringFields("remainder").isEqualTo(tags);
	}

	@Test
	void markerIsCaseInsensitiveAndFoundAnywhereInTheText() {
		MarkedTags tags = this.parser.parse("Client ne comprend pas son décompte. #wocas sev:2\nMerci");

		assertThat(tags.marked()).isTrue();
		assertThat(tags.severity()).isEqualTo(new Severity(2));
		assertThat(tags.remainder()).isEqualTo("Client ne comprend pas son décompte.\nMerci");
	}

	@Test
	void markerAloneIsEnoughAndPartsAreOptional() {
		MarkedTags tags = this.parser.parse("#Wocas");

		assertThat(tags.marked()).isTrue();
		assertThat(tags.severity()).isNull();
		assertThat(tags.frequency()).isNull();
		assertThat(tags.reasonCodes()).isEmpty();
		assertThat(tags.warnings()).isEmpty();
	}

	@Test
	void textWithoutMarkerIsNotMarked() {
		MarkedTags tags = this.parser.parse("Client sev:3 ne comprend pas #wocasse");

		assertThat(tags.marked()).isFalse();
		assertThat(tags.severity()).isNull();
		assertThat(tags.remainder()).isEqualTo("Client sev:3 ne comprend pas #wocasse");
	}

	@Test
	void longKeysAndFrenchAndDutchAliasesAreRead() {
		assertThat(this.parser.parse("#WOCAS severity:4 frequency:daily").frequency()).isEqualTo(Frequency.DAILY);
		assertThat(this.parser.parse("#WOCAS freq:quotidien").frequency()).isEqualTo(Frequency.DAILY);
		assertThat(this.parser.parse("#WOCAS freq:hebdo").frequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(this.parser.parse("#WOCAS freq:wekelijks").frequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(this.parser.parse("#WOCAS freq:dagelijks").frequency()).isEqualTo(Frequency.DAILY);
		assertThat(this.parser.parse("#WOCAS freq:maandelijks").frequency()).isEqualTo(Frequency.MONTHLY);
		assertThat(this.parser.parse("#WOCAS freq:mensuel").frequency()).isEqualTo(Frequency.MONTHLY);
		assertThat(this.parser.parse("#WOCAS freq:zelden").frequency()).isEqualTo(Frequency.RARE);
		assertThat(this.parser.parse("#WOCAS freq:RARE").frequency()).isEqualTo(Frequency.RARE);
		assertThat(this.parser.parse("#WOCAS severity:4").severity()).isEqualTo(new Severity(4));
		assertThat(this.parser.parse("#WOCAS ernst:hoog").severity()).isEqualTo(new Severity(3));
	}

	@Test
	void severalReasonCodesAreReadCommaSeparatedInAnyCase() {
		MarkedTags tags = this.parser.parse("#WOCAS reason:bill-annual, Meter-Reading sev:1");

		assertThat(tags.reasonCodes()).containsExactly("BILL-ANNUAL", "METER-READING");
		assertThat(tags.severity()).isEqualTo(new Severity(1));
		assertThat(tags.warnings()).isEmpty();
	}

	@Test
	void spacesAroundColonsAreTolerated() {
		MarkedTags tags = this.parser.parse("#WOCAS : sev : 2 freq = monthly");

		assertThat(tags.severity()).isEqualTo(new Severity(2));
		assertThat(tags.frequency()).isEqualTo(Frequency.MONTHLY);
		assertThat(tags.warnings()).isEmpty();
	}

	@Test
	void unknownMarkerPartIsReportedNotFatal() {
		MarkedTags tags = this.parser.parse("#WOCAS foo:bar sev:3");

		assertThat(tags.marked()).isTrue();
		assertThat(tags.severity()).isEqualTo(new Severity(3));
		assertThat(tags.warnings()).singleElement().asString().contains("foo:bar");
	}

	@Test
	void outOfRangeSeverityIsReportedNamingThePart() {
		MarkedTags tags = this.parser.parse("#WOCAS sev:9 freq:weekly");

		assertThat(tags.severity()).isNull();
		assertThat(tags.frequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(tags.warnings()).singleElement().asString().contains("sev:9");
	}

	@Test
	void unknownFrequencyIsReportedNamingThePart() {
		MarkedTags tags = this.parser.parse("#WOCAS freq:sometimes");

		assertThat(tags.frequency()).isNull();
		assertThat(tags.warnings()).singleElement().asString().contains("freq:sometimes");
	}

	@Test
	void unknownReasonCodeIsReportedAndKnownOnesAreKept() {
		MarkedTags tags = this.parser.parse("#WOCAS reason:BILL-ANNUAL,NOPE-CODE");

		assertThat(tags.reasonCodes()).containsExactly("BILL-ANNUAL");
		assertThat(tags.warnings()).singleElement().asString().contains("NOPE-CODE");
	}

	@Test
	void partWithoutColonIsReported() {
		MarkedTags tags = this.parser.parse("#WOCAS sev3");

		assertThat(tags.severity()).isNull();
		assertThat(tags.warnings()).singleElement().asString().contains("sev3");
	}

	@Test
	void emptyValueIsReported() {
		MarkedTags tags = this.parser.parse("#WOCAS sev:");

		assertThat(tags.warnings()).singleElement().asString().contains("sev:");
	}

	@Test
	void parsingStopsAtTheEndOfTheLine() {
		MarkedTags tags = this.parser.parse("#WOCAS sev:2\nsev:4 freq:daily foo:bar");

		assertThat(tags.severity()).isEqualTo(new Severity(2));
		assertThat(tags.frequency()).isNull();
		assertThat(tags.warnings()).isEmpty();
		assertThat(tags.remainder()).isEqualTo("\nsev:4 freq:daily foo:bar");
	}

	@Test
	void freeWordsAfterTheMarkerStayForTheTaxonomy() {
		MarkedTags tags = this.parser.parse("#WOCAS sev:3 afbetalingsplan geweigerd https://portal.example.be 10:30");

		assertThat(tags.warnings()).isEmpty();
		assertThat(tags.remainder()).isEqualTo("afbetalingsplan geweigerd https://portal.example.be 10:30");
	}

	@Test
	void firstValueWinsWhenAKeyIsRepeated() {
		MarkedTags tags = this.parser.parse("Sujet #WOCAS sev:2\n#wocas sev:4");

		assertThat(tags.severity()).isEqualTo(new Severity(2));
		assertThat(tags.warnings()).singleElement().asString().contains("sev:4");
	}

	@Test
	void configuredMarkerIsUsed() {
		MarkerParser custom = new MarkerParser("!voice", TAXONOMY);

		assertThat(custom.parse("note !VOICE sev:1").marked()).isTrue();
		assertThat(custom.parse("note #WOCAS sev:1").marked()).isFalse();
	}

	@Test
	void nullAndEmptyTextsAreNotMarked() {
		assertThat(this.parser.parse(null).marked()).isFalse();
		assertThat(this.parser.parse("").marked()).isFalse();
	}

	private static Taxonomy.ReasonCode code(String code) {
		return new Taxonomy.ReasonCode(code, Map.of(Language.EN, code), Map.of(Language.EN, List.of(code)));
	}

}

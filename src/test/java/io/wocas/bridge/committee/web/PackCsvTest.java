package io.wocas.bridge.committee.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackCsvTest {

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
		assertThat(PackCsv.quoted("plain")).isEqualTo("plain");
		assertThat(PackCsv.quoted("a, b")).isEqualTo("\"a, b\"");
		assertThat(PackCsv.quoted("le \"décompte\"")).isEqualTo("\"le \"\"décompte\"\"\"");
		assertThat(PackCsv.quoted("line\nbreak")).isEqualTo("\"line\nbreak\"");
	}

	@Test
	void textASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(PackCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(PackCsv.text("Courrier plus clair")).isEqualTo("Courrier plus clair");
	}

}

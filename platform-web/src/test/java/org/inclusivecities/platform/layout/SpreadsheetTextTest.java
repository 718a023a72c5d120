package org.inclusivecities.platform.layout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

	@Test
	void spreadsheetFormulasInCellsStayText() {
		assertThat(SpreadsheetText.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(SpreadsheetText.cell("+1")).isEqualTo("'+1");
		assertThat(SpreadsheetText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetText.cell("Recovery café")).isEqualTo("Recovery café");
	}

}

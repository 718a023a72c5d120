package org.inclusivecities.platform.practice.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeExportControllerTest {

	@Test
	void spreadsheetFormulasInCellsStayText() {
		assertThat(PracticeExportController.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(PracticeExportController.cell("+1")).isEqualTo("'+1");
		assertThat(PracticeExportController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(PracticeExportController.cell("Recovery café")).isEqualTo("Recovery café");
	}

}

package org.inclusivecities.platform.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawEnumNamesTest {

	@Test
	void theEnumsOfEveryModuleAreFound() {
		assertThat(RawEnumNames.names()).contains("HIGH", "ACCREDIT", "NOT_YET", "PERSON_IN_RECOVERY", "SUBMITTED");
	}

	@Test
	void aTextNodeThatIsAConstantsNameFailsLabelsAndSentencesDoNot() {
		String page = "<html><body><dl><dt>Influence</dt><dd>HIGH</dd><dd> ACCREDIT\n</dd><dd>High</dd>"
				+ "<p>The plan is SUBMITTED now</p><a href=\"?status=SUBMITTED\" title=\"NOT_YET\">Submitted</a>"
				+ "<script>var s = '>NOT_YET<';</script><td>PDF</td></dl></body></html>";
		assertThat(RawEnumNames.find(page)).containsExactly("HIGH", "ACCREDIT");
		assertThatThrownBy(() -> RawEnumNames.assertNone(page, "a page")).hasMessageContaining("HIGH");
		RawEnumNames.assertNone("<p>Hoog</p>", "a labelled page");
	}

}

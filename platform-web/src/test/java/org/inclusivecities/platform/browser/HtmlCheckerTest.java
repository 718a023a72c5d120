package org.inclusivecities.platform.browser;

import java.util.List;

import org.inclusivecities.platform.browser.HtmlChecker.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlCheckerTest {

	private static String page(String lang, String body) {
		return """
				<!DOCTYPE html>
				<html%s>
				<head><meta charset="utf-8"><title>Test</title></head>
				<body>
				%s
				</body>
				</html>
				""".formatted(lang, body);
	}

	@Test
	void acceptsAValidDocument() {
		assertThat(HtmlChecker.errors(page(" lang=\"en\"", "<main><h1 id=\"a\">Hello</h1><p>World</p></main>"))).isEmpty();
	}

	@Test
	void reportsADuplicateIdWithItsLine() {
		List<Problem> errors = HtmlChecker.errors(page(" lang=\"en\"", "<p id=\"same\">One</p>\n<p id=\"same\">Two</p>"));
		assertThat(errors).singleElement().satisfies(problem -> {
			assertThat(problem.message()).contains("Duplicate ID").contains("same");
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.excerpt()).contains("<p id=\"same\">Two");
		});
	}

	@Test
	void reportsABlockInsideAPhrasingElementAndAMissingTitle() {
		assertThat(HtmlChecker.errors(page(" lang=\"en\"", "<span><div>Block</div></span>")))
			.extracting(Problem::message)
			.anySatisfy(message -> assertThat(message).contains("Element “div” not allowed as child of element “span”"));
		String untitled = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>";
		assertThat(HtmlChecker.errors(untitled)).extracting(Problem::message)
			.anySatisfy(message -> assertThat(message).contains("title"));
	}

	@Test
	void ignoresWarnings() {
		// a missing lang attribute is only a warning ("Consider adding a lang attribute")
		assertThat(HtmlChecker.errors(page("", "<p>Hello</p>"))).isEmpty();
	}

	@Test
	void assertValidNamesThePageAndEveryError() {
		assertThatCode(() -> HtmlChecker.assertValid(page(" lang=\"nl\"", "<p>Hoi</p>"), "fine page")).doesNotThrowAnyException();
		assertThatThrownBy(() -> HtmlChecker.assertValid(page(" lang=\"en\"", "<a href=\"/x\"><a href=\"/y\">z</a></a>"),
				"nested links page"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("nested links page has")
			.hasMessageContaining("5:");
	}

}

package org.inclusivecities.platform.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

	RichText richText = new RichText();

	@Test
	void markdownBecomesFormattedHtml() {
		assertThat(richText.html("**bold** and [a link](https://example.org)\n\n- item"))
			.contains("<strong>bold</strong>")
			.contains("href=\"https://example.org\"")
			.contains("rel=\"nofollow\"")
			.contains("<li>item</li>");
	}

	@Test
	void noScriptEventHandlerOrJavascriptUrlSurvives() {
		String html = richText.html("""
				<script>alert(1)</script>

				<img src=x onerror="alert(2)">

				[click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=)

				<a href="javascript:alert(4)">raw</a> <div onclick="alert(5)">x</div>

				<iframe src="https://evil.example"></iframe>
				""");
		assertThat(html).doesNotContainPattern("(?i)<script")
			.doesNotContainPattern("(?i)<img")
			.doesNotContainPattern("(?i)<iframe")
			.doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=")
			.doesNotContainPattern("(?i)href\\s*=\\s*\"?\\s*(javascript|data):");
	}

	@Test
	void plainTextHasNoMarkup() {
		assertThat(richText.plain("*Recovery* café")).isEqualTo("Recovery café");
	}

}

package org.inclusivecities.platform.practice;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Markdown as members write it, rendered to HTML that is safe to show: commonmark escapes raw HTML and drops
 * unsafe link schemes, then the OWASP sanitizer keeps only formatting, blocks and http(s)/mailto links. Used in
 * templates as {@code ${@richText.html(text)}}.
 */
@Component("richText")
public class RichText {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
	}

	/** The text without markup, for feeds, CSV and the search index. */
	public String plain(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return TEXT.render(PARSER.parse(markdown)).strip();
	}

}

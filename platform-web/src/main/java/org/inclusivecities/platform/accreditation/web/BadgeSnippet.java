package org.inclusivecities.platform.accreditation.web;

import java.util.Locale;
import java.util.Optional;

import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.request.Certificates;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML a city copies onto its own website: its current certificate's SVG badge (in the reader's language),
 * linked to the certificate's verification page, both on the site's absolute address.
 */
@Component
class BadgeSnippet {

	private final Certificates certificates;

	private final SiteUrl siteUrl;

	private final MessageSource messages;

	BadgeSnippet(Certificates certificates, SiteUrl siteUrl, MessageSource messages) {
		this.certificates = certificates;
		this.siteUrl = siteUrl;
		this.messages = messages;
	}

	/** The city's current certificate's snippet, or empty while it has no valid certificate. */
	Optional<Snippet> of(String cityId, String cityName, Locale locale) {
		String lang = "nl".equals(locale.getLanguage()) ? "nl" : "en";
		return certificates.currentOf(cityId).map(view -> {
			String page = "/accreditations/" + view.code();
			String image = page + "/badge.svg?lang=" + lang;
			String alt = messages.getMessage("review.badge.snippet.alt", new Object[] { cityName }, locale);
			String html = "<a href=\"" + siteUrl.current() + page + "\"><img src=\"" + siteUrl.current() + image
					+ "\" width=\"300\" height=\"72\" alt=\"" + HtmlUtils.htmlEscape(alt, "UTF-8") + "\"></a>";
			return new Snippet(view.code(), image, alt, html);
		});
	}

	/** The certificate's code, the badge's site-relative address, its text alternative, and the HTML to copy. */
	public record Snippet(String code, String imagePath, String alt, String html) {
	}

}

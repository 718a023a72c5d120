package org.inclusivecities.platform.accreditation.web;

import java.util.Locale;

import org.inclusivecities.platform.layout.Figures;
import org.inclusivecities.platform.request.CertificateState;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The embeddable badge of a certificate, as SVG: the network's name, the city and the certificate's state in words
 * (never by colour alone), with an accessible title saying the same in one sentence. Nothing about reviewers.
 */
@Component
class CertificateBadge {

	private static final int WIDTH = 300;

	private static final int HEIGHT = 72;

	private final MessageSource messages;

	CertificateBadge(MessageSource messages) {
		this.messages = messages;
	}

	String render(Certificate certificate, Locale locale) {
		String network = msg("review.badge.svg.network", locale);
		String state = state(certificate, locale);
		String title = msg("review.badge.svg.title", locale, certificate.cityName(), state, network);
		String colour = certificate.valid() ? "#00703c" : certificate.state() == CertificateState.SUSPENDED ? "#594d00"
				: "#d4351c";
		return """
				<svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="%2$d" viewBox="0 0 %1$d %2$d" role="img" \
				aria-labelledby="badge-title" lang="%3$s">
				<title id="badge-title">%4$s</title>
				<rect x="1" y="1" width="%5$d" height="%6$d" rx="6" fill="#ffffff" stroke="%7$s" stroke-width="2"/>
				<rect x="1" y="1" width="10" height="%6$d" rx="3" fill="%7$s"/>
				<g font-family="Arial, Helvetica, sans-serif" fill="#0b0c0c">
				<text x="22" y="22" font-size="12">%8$s</text>
				<text x="22" y="42" font-size="15" font-weight="bold">%9$s</text>
				<text x="22" y="61" font-size="13" fill="%7$s" font-weight="bold">%10$s</text>
				</g>
				</svg>
				""".formatted(WIDTH, HEIGHT, locale.getLanguage(), xml(title), WIDTH - 2, HEIGHT - 2, colour, xml(network),
				xml(certificate.cityName()), xml(state));
	}

	/** The state in words: "Accredited until 3 January 2030", "Revoked on …", "Replaced on …", and so on. */
	String state(Certificate certificate, Locale locale) {
		CertificateState state = certificate.state();
		String day = Figures.date(state == CertificateState.VALID ? certificate.validUntil() : certificate.since(), locale);
		return msg("review.badge.svg.state." + state.name(), locale, day);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String xml(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

}

package org.inclusivecities.platform.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Spring Security's default CSRF handling, except that a token in the query string is refused: URLs end up in
 * logs, histories and Referer headers, so the token must come in the form body or the {@code X-CSRF-TOKEN} header.
 */
public final class FormOrHeaderCsrfTokens implements CsrfTokenRequestHandler {

	/**
	 * Set by the upload size check on a multipart request too large to parse: it is refused (413) before anything
	 * is read or stored, so it needs no token (which sits in the unreadable body).
	 */
	public static final String UNREAD_OVERSIZED_UPLOAD = FormOrHeaderCsrfTokens.class.getName() + ".oversized";

	private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		standard.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String header = request.getHeader(csrfToken.getHeaderName());
		if (header == null && inQuery(request, csrfToken.getParameterName())) {
			return null;
		}
		return standard.resolveCsrfTokenValue(request, csrfToken);
	}

	private static boolean inQuery(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		return query != null
				&& UriComponentsBuilder.newInstance().query(query).build().getQueryParams().keySet().stream()
					.anyMatch(key -> key.equals(name) || key.replace("%5F", "_").replace("%5f", "_").equals(name));
	}

}

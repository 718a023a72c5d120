package org.inclusivecities.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A refused single sign-on ends the session it started and explains why, in the person's language. */
class OidcFailureHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(OidcFailureHandler.class);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
		if (OidcAccounts.INVITED.equals(code) && ProviderInvitees.keep(request)) {
			// a fresh session that knows only the verified address, to show its invitations
			response.sendRedirect(request.getContextPath() + "/signin/invitations");
			return;
		}
		// the reason only: who tried is personal data
		log.info("Single sign-on refused: {}", code.isEmpty() ? exception.getClass().getSimpleName() : code);
		String target = switch (code) {
			case OidcAccounts.NOT_INVITED -> "/signin/not-invited";
			case OidcAccounts.EMAIL_NOT_VERIFIED -> "/signin/email-not-verified";
			case OidcAccounts.OTHER_EMAIL -> "/signin/other-email";
			default -> "/login?error";
		};
		response.sendRedirect(request.getContextPath() + target);
	}

}

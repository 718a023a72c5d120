package org.inclusivecities.platform.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The invitation someone chose to accept through a sign-in provider: its token waits in their session while they
 * are at the provider, and is taken (once) when they come back.
 */
public final class PendingInvitation {

	private static final String ATTRIBUTE = PendingInvitation.class.getName();

	private PendingInvitation() {
	}

	public static void remember(HttpSession session, String token) {
		session.setAttribute(ATTRIBUTE, token);
	}

	/** The waiting token, removed from the session; empty outside a request or when none waits. */
	static Optional<String> take() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return take(attributes.getRequest());
		}
		return Optional.empty();
	}

	static Optional<String> take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String token)) {
			return Optional.empty();
		}
		session.removeAttribute(ATTRIBUTE);
		return Optional.of(token);
	}

	/** The waiting token without removing it (the failure page links back to the invitation). */
	static Optional<String> peek(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(ATTRIBUTE) instanceof String token ? Optional.of(token)
				: Optional.empty();
	}

}

package org.inclusivecities.platform.join.web;

import java.io.Serializable;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The charter file of an application shown again with a likely-duplicate warning, kept in the applicant's own
 * session so that confirming needs no second upload (a browser cannot refill a file input). Forgotten once the
 * application is stored or the form is opened afresh.
 */
record HeldCharter(byte[] content, String filename) implements Serializable {

	private static final String ATTRIBUTE = HeldCharter.class.getName();

	static Optional<HeldCharter> in(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(ATTRIBUTE) instanceof HeldCharter held ? Optional.of(held)
				: Optional.empty();
	}

	static void keep(HttpServletRequest request, byte[] content, String filename) {
		request.getSession().setAttribute(ATTRIBUTE, new HeldCharter(content, filename));
	}

	/** Forgets the held file; opens no session for a visitor who has none. */
	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

}

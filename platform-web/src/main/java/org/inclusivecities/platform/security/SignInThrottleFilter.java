package org.inclusivecities.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the password sign-in: refuses the attempt outright while the email address from this client
 * address, or the client address as a whole, has too many recent failures, and records failures and successes.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String LOCKED_URL = "/login?locked";

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttle.isBlocked(request.getParameter("username"), request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + LOCKED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Counts the failure, then shows the sign-in page with the right message. */
	AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String email = request.getParameter("username");
			throttle.failed(email, request.getRemoteAddr());
			boolean locked = throttle.isBlocked(email, request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + (locked ? LOCKED_URL : "/login?error"));
		};
	}

	/** Forgets the account's failures from an address that signed in correctly, then continues where the person was going. */
	SavedRequestAwareAuthenticationSuccessHandler successHandler() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

}

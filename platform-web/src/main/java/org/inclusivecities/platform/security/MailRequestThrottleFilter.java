package org.inclusivecities.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the anonymous form posts that send a mail (password reset, subscribe, register for a meeting by email) per
 * client address and answers 429 Too Many Requests, with the friendly error page, once an address has used up its
 * allowance. The forms themselves also limit mails per recipient; this stops one client from spraying many addresses.
 */
@Component
class MailRequestThrottleFilter extends OncePerRequestFilter {

	static final Set<String> PATHS = Set.of("/password-reset", "/subscribe");

	/** Registering for a network meeting by email (a mail with a link to confirm goes to the address). */
	static final Pattern MEETING_REGISTRATION = Pattern.compile("/meetings/[^/]+/email-registration");

	private final KeyedBuckets byAddress;

	MailRequestThrottleFilter(MailRequestProperties properties, Clock clock) {
		this.byAddress = new KeyedBuckets(properties.perAddress(), properties.window(), clock);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !(PATHS.contains(path) || MEETING_REGISTRATION.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!byAddress.tryConsume(request.getRemoteAddr())) {
			response.setHeader("Retry-After", "900");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

}

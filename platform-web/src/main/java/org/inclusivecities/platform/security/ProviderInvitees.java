package org.inclusivecities.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.inclusivecities.platform.people.Person;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The invitee a provider just vouched for, on their way from the provider to their invitations: {@link OidcAccounts}
 * notes them on the request, {@link OidcFailureHandler} keeps them in a fresh session, the invitations page reads
 * them, and accepting an invitation signs them in as the person it made, without a password.
 */
@Component
public class ProviderInvitees {

	static final Duration VALIDITY = Duration.ofMinutes(15);

	private static final String ATTRIBUTE = ProviderInvitee.class.getName();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final Clock clock;

	ProviderInvitees(Clock clock) {
		this.clock = clock;
	}

	/** The invitee of this session, while still fresh. */
	public Optional<ProviderInvitee> current(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof ProviderInvitee invitee
				&& clock.instant().isBefore(invitee.until())) {
			return Optional.of(invitee);
		}
		return Optional.empty();
	}

	/** Signs the invitee in as the person accepting made of them (a new session id: no fixation). */
	public void signIn(Person person, ProviderInvitee invitee, HttpServletRequest request,
			HttpServletResponse response) {
		OidcAccount account = new OidcAccount(person, invitee.user());
		request.changeSessionId();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(
				new OAuth2AuthenticationToken(account, account.getAuthorities(), invitee.registrationId()));
		holder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/** Notes the invitee on the current request while the provider's answer is still being handled. */
	void note(ProviderInvitee invitee) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(ATTRIBUTE, invitee, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** Moves the invitee noted on this request into the (new) session; false when none was noted. */
	static boolean keep(HttpServletRequest request) {
		if (!(request.getAttribute(ATTRIBUTE) instanceof ProviderInvitee invitee)) {
			return false;
		}
		request.getSession().setAttribute(ATTRIBUTE, invitee);
		return true;
	}

	/** When a provider's word given now stops counting for accepting an invitation. */
	Instant until() {
		return clock.instant().plus(VALIDITY);
	}

}

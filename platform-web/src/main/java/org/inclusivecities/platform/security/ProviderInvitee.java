package org.inclusivecities.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import org.inclusivecities.platform.people.Language;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone a sign-in provider vouched for ({@code email_verified}) who has no account yet but open invitations to
 * that address. Kept in their session for a few minutes while they accept or decline; never a signed-in person.
 */
public record ProviderInvitee(String email, String displayName, Language language, String registrationId,
		OidcUser user, Instant until) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

}

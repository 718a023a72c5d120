package org.inclusivecities.platform.security;

import java.util.Optional;

import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Invitation;
import org.inclusivecities.platform.people.InvitationsForAddress;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs in a person through OpenID Connect only when the provider vouches for their email address
 * ({@code email_verified}) and that address belongs to someone invited to the platform. Nobody gets an
 * account just by having one at the provider. Someone who came from their invitation's "accept with ..." button
 * accepts it here, without a password, when the verified address is the invited one. Someone
 * without an account who comes from the sign-in page but was invited is shown their invitations (city, roles) to
 * accept or decline; none is accepted for them.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String EMAIL_NOT_VERIFIED = "email_not_verified";

	static final String NOT_INVITED = "not_invited";

	static final String OTHER_EMAIL = "invitation_for_other_email";

	static final String INVITATION_UNUSABLE = "invitation_unusable";

	/** No account yet, but open invitations to the verified address: they are shown, never accepted silently. */
	static final String INVITED = "invited";

	private final OidcUserService provider = new OidcUserService();

	private final People people;

	private final CityMembers members;

	private final InvitationsForAddress invitations;

	private final ProviderInvitees invitees;

	OidcAccounts(People people, CityMembers members, InvitationsForAddress invitations, ProviderInvitees invitees) {
		this.people = people;
		this.members = members;
		this.invitations = invitations;
		this.invitees = invitees;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = provider.loadUser(request);
		if (!Boolean.TRUE.equals(oidcUser.getEmailVerified()) || oidcUser.getEmail() == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error(EMAIL_NOT_VERIFIED));
		}
		String email = Person.normalise(oidcUser.getEmail());
		Optional<String> invitation = PendingInvitation.take();
		if (invitation.isPresent()) {
			return new OidcAccount(accept(invitation.get(), email, oidcUser), oidcUser);
		}
		Optional<Person> person = people.findByEmail(email);
		if (person.isPresent()) {
			return new OidcAccount(person.get(), oidcUser);
		}
		if (invitations.open(email).isEmpty()) {
			throw new OAuth2AuthenticationException(new OAuth2Error(NOT_INVITED));
		}
		// signed in as nobody: the invitations page lets them accept or decline each one
		invitees.note(new ProviderInvitee(email, displayName(oidcUser, email), Language.of(LocaleContextHolder.getLocale()),
				request.getClientRegistration().getRegistrationId(), oidcUser, invitees.until()));
		throw new OAuth2AuthenticationException(new OAuth2Error(INVITED));
	}

	/** Accepts the invitation for the verified address it was sent to; an unusable one fails as on its page. */
	private Person accept(String token, String email, OidcUser oidcUser) {
		Invitation invitation;
		try {
			invitation = members.open(token);
		}
		catch (RuntimeException unusable) {
			// unknown, used or expired meanwhile: signing in does not accept it
			throw new OAuth2AuthenticationException(new OAuth2Error(INVITATION_UNUSABLE));
		}
		if (!Person.normalise(invitation.getEmail()).equals(email)) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OTHER_EMAIL));
		}
		// no password: this person signs in through the provider (a password can be chosen later by a reset)
		CityMembers.NewAccount account = members.needsAccount(invitation) ? new CityMembers.NewAccount(
				displayName(oidcUser, email), Language.of(LocaleContextHolder.getLocale()), null) : null;
		try {
			return members.accept(token, account);
		}
		catch (org.springframework.dao.OptimisticLockingFailureException raced) {
			throw new OAuth2AuthenticationException(new OAuth2Error(INVITATION_UNUSABLE));
		}
	}

	private static String displayName(OidcUser user, String email) {
		String name = user.getFullName() != null ? user.getFullName() : user.getGivenName();
		name = name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.strip();
		return name.length() > 120 ? name.substring(0, 120) : name;
	}

}

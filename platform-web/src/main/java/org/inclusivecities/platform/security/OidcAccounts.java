package org.inclusivecities.platform.security;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;

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
 * account just by having one at the provider.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String EMAIL_NOT_VERIFIED = "email_not_verified";

	static final String NOT_INVITED = "not_invited";

	private final OidcUserService provider = new OidcUserService();

	private final People people;

	OidcAccounts(People people) {
		this.people = people;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = provider.loadUser(request);
		if (!Boolean.TRUE.equals(oidcUser.getEmailVerified()) || oidcUser.getEmail() == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error(EMAIL_NOT_VERIFIED));
		}
		Person person = people.findByEmail(Person.normalise(oidcUser.getEmail()))
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NOT_INVITED)));
		return new OidcAccount(person, oidcUser);
	}

}

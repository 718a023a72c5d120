package org.inclusivecities.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

import org.inclusivecities.platform.people.Person;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through an OpenID Connect provider, matched to their account by verified email. */
final class OidcAccount implements OidcUser, PlatformPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String personId;

	private final String email;

	private final String displayName;

	private final OidcUser oidcUser;

	private final Collection<? extends GrantedAuthority> authorities;

	OidcAccount(Person person, OidcUser oidcUser) {
		this.personId = person.getId();
		this.email = person.getEmail();
		this.displayName = person.getDisplayName();
		this.oidcUser = oidcUser;
		this.authorities = PasswordAccount.authoritiesOf(person);
	}

	@Override
	public String personId() {
		return personId;
	}

	@Override
	public String email() {
		return email;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Map<String, Object> getClaims() {
		return oidcUser.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return oidcUser.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return oidcUser.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return oidcUser.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	/** The person's id: stable whatever the provider calls its subjects. */
	@Override
	public String getName() {
		return personId;
	}

}

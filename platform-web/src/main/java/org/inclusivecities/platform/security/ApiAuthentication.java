package org.inclusivecities.platform.security;

import java.io.Serial;

import org.inclusivecities.platform.people.Person;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authenticated API call: the person and their platform authorities; the credential is not kept. */
final class ApiAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final ApiPrincipal principal;

	ApiAuthentication(Person person) {
		super(PasswordAccount.authoritiesOf(person));
		this.principal = ApiPrincipal.of(person);
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public ApiPrincipal getPrincipal() {
		return principal;
	}

	@Override
	public String getName() {
		return principal.personId();
	}

}

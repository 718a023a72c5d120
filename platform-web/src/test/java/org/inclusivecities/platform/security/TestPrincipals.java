package org.inclusivecities.platform.security;

import org.inclusivecities.platform.people.Person;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Signs a person in for MockMvc tests, with the same principal as form login ({@link PasswordAccount}). */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public static Authentication signedIn(Person person) {
		PasswordAccount account = new PasswordAccount(person);
		return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
	}

}

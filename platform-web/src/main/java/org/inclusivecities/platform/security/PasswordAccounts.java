package org.inclusivecities.platform.security;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks people up by email for password sign-in. */
@Component
class PasswordAccounts implements UserDetailsService {

	private final People people;

	PasswordAccounts(People people) {
		this.people = people;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return people.findByEmail(Person.normalise(email))
			.map(PasswordAccount::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}

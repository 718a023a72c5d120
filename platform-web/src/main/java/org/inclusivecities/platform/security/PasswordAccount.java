package org.inclusivecities.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.inclusivecities.platform.people.Person;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person signed in with email and password. */
final class PasswordAccount implements UserDetails, CredentialsContainer, PlatformPrincipal {

	private final String personId;

	private final String email;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final List<GrantedAuthority> authorities;

	PasswordAccount(Person person) {
		this.personId = person.getId();
		this.email = person.getEmail();
		this.displayName = person.getDisplayName();
		this.passwordHash = person.getPasswordHash();
		this.enabled = passwordHash != null;
		this.authorities = authoritiesOf(person);
	}

	/** ROLE_USER for everyone, ROLE_NETWORK_ADMIN for the secretariat; city roles are checked per city. */
	static List<GrantedAuthority> authoritiesOf(Person person) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (person.isNetworkAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_NETWORK_ADMIN"));
		}
		return authorities;
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
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** After sign-in the hash is dropped, so it is never kept in the (shared) session store. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}

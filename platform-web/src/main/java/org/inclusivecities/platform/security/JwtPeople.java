package org.inclusivecities.platform.security;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid JWT from the configured issuer into the person with its {@code email} claim. A token
 * without email, with {@code email_verified=false}, or for someone without an account is refused (401).
 */
@Component
class JwtPeople implements Converter<Jwt, AbstractAuthenticationToken> {

	private final People people;

	JwtPeople(People people) {
		this.people = people;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String email = jwt.getClaimAsString("email");
		if (email == null || Boolean.FALSE.equals(jwt.getClaimAsBoolean("email_verified"))) {
			throw new InvalidBearerTokenException("The token carries no verified email address");
		}
		Person person = people.findByEmail(Person.normalise(email))
			.orElseThrow(() -> new InvalidBearerTokenException("No account for this token"));
		return new ApiAuthentication(person);
	}

}

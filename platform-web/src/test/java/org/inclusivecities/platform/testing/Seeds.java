package org.inclusivecities.platform.testing;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.security.crypto.password.PasswordEncoder;

/** The seeds most web tests start from: a member city, a person with a role in it, a password to sign in with. */
public final class Seeds {

	/** The password every seeded person can sign in with, when given one. */
	public static final String PASSWORD = "a long enough passphrase 42";

	private Seeds() {
	}

	/** A member city (applied and approved in 2024) of this name in this country. */
	public static City member(Cities cities, String name, String country) {
		City applied = City.apply(new CityProfile(name, country, null, 60_000L, List.of("nl"), null, null),
				Instant.parse("2024-01-01T00:00:00Z"));
		applied.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z"), "admin", null);
		return cities.save(applied);
	}

	/** A person with this role in the city, speaking English, without a password. */
	public static Person person(People people, String email, String name, City city, Role role, Instant at) {
		Person person = Person.create(email, name, Language.EN, at);
		person.grant(city.getId(), Set.of(role), at, "test");
		return people.save(person);
	}

	/** The person, now able to sign in with {@link #PASSWORD}. */
	public static Person withPassword(People people, PasswordEncoder passwords, Person person) {
		person.changePassword(passwords.encode(PASSWORD));
		return people.save(person);
	}

}

package org.inclusivecities.platform.join;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Member cities and people for web tests, written straight through the repositories. */
public final class Fixtures {

	private final Cities cities;

	private final People people;

	private final PasswordEncoder encoder;

	public Fixtures(Cities cities, People people, PasswordEncoder encoder) {
		this.cities = cities;
		this.people = people;
		this.encoder = encoder;
	}

	public City memberCity(String name, String country) {
		City city = City.apply(new CityProfile(name, country, null, 100_000L, List.of("en"),
				new Coordinates(50.0, 4.0), null), Instant.now());
		city.moveTo(CityStatus.MEMBER, Instant.now(), null, null);
		return cities.save(city);
	}

	public Person person(String email, String password, City city, Role... roles) {
		Person person = Person.create(email, email.split("@")[0], Language.EN, Instant.now());
		if (password != null) {
			person.changePassword(encoder.encode(password));
		}
		if (city != null) {
			person.grant(city.getId(), EnumSet.copyOf(Set.of(roles)), Instant.now(), null);
		}
		return people.save(person);
	}

	public Person networkAdmin(String email, String password) {
		Person person = Person.create(email, "Secretariat", Language.EN, Instant.now());
		person.changePassword(encoder.encode(password));
		person.makeNetworkAdmin();
		return people.save(person);
	}

	/** Signs the request in as this person, as every sign-in method does: a {@link PlatformPrincipal}. */
	public static RequestPostProcessor as(Person person) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (person.isNetworkAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_NETWORK_ADMIN"));
		}
		Authentication auth = new UsernamePasswordAuthenticationToken(
				new Principal(person.getId(), person.getEmail(), person.getDisplayName()), null, authorities);
		return authentication(auth);
	}

	record Principal(String personId, String email, String displayName) implements PlatformPrincipal {
	}

}

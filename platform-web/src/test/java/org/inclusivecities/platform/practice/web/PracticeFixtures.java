package org.inclusivecities.platform.practice.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Cities, members and images for practice tests, created directly in the database. */
final class PracticeFixtures {

	static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

	private final Cities cities;

	private final People people;

	private final PasswordEncoder encoder;

	PracticeFixtures(Cities cities, People people, PasswordEncoder encoder) {
		this.cities = cities;
		this.people = people;
		this.encoder = encoder;
	}

	City city(String name, String country, String language) {
		City city = City.apply(new CityProfile(name, country, null, 100000L, List.of(language), null, null), T);
		city.moveTo(CityStatus.MEMBER, T, "admin", null);
		return cities.save(city);
	}

	Person member(String email, City city, Role role) {
		Person person = Person.create(email, "Member " + city.getName(), Language.EN, T);
		person.changePassword(encoder.encode("correct horse battery staple"));
		person.grant(city.getId(), Set.of(role), T, "test");
		return people.save(person);
	}

	Person networkAdmin(String email) {
		Person person = Person.create(email, "Secretariat", Language.EN, T);
		person.changePassword(encoder.encode("correct horse battery staple"));
		person.makeNetworkAdmin();
		return people.save(person);
	}

	static RequestPostProcessor as(Person person) {
		PlatformPrincipal principal = new TestPrincipal(person.getId(), person.getEmail(), person.getDisplayName());
		List<String> roles = person.isNetworkAdmin() ? List.of("ROLE_USER", "ROLE_NETWORK_ADMIN") : List.of("ROLE_USER");
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				AuthorityUtils.createAuthorityList(roles)));
	}

	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.getGraphics().fillRect(0, 0, width / 2, height / 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	static byte[] gif(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED), "gif", out);
		return out.toByteArray();
	}

	record TestPrincipal(String personId, String email, String displayName) implements PlatformPrincipal {
	}

}

package org.inclusivecities.platform.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone with an account. Memberships live inside the person document, so granting or removing a role
 * is a single-document (atomic) write.
 */
@Document("people")
@CompoundIndex(name = "memberships_city", def = "{'memberships.cityId': 1}")
public class Person {

	@Id
	private String id;

	@Indexed(unique = true)
	private String email;

	private String displayName;

	private Language language = Language.EN;

	/** Encoded with Spring Security's delegating encoder ("{bcrypt}..."); null until the person sets one. */
	private String passwordHash;

	private boolean networkAdmin;

	private List<Membership> memberships = new ArrayList<>();

	private Instant createdAt;

	@Version
	private Long version;

	Person() {
	}

	public static Person create(String email, String displayName, Language language, Instant at) {
		Person person = new Person();
		person.email = normalise(email);
		person.displayName = displayName.strip();
		person.language = language == null ? Language.EN : language;
		person.createdAt = at;
		return person;
	}

	public static String normalise(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	public Optional<Membership> membershipIn(String cityId) {
		return memberships.stream().filter(m -> m.cityId().equals(cityId)).findFirst();
	}

	public boolean isMemberOf(String cityId) {
		return membershipIn(cityId).isPresent();
	}

	public boolean hasRole(String cityId, Role role) {
		return membershipIn(cityId).map(m -> m.has(role)).orElse(false);
	}

	/** Grants (or replaces) the roles this person has in a city. */
	public void grant(String cityId, Set<Role> roles, Instant at, String grantedBy) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A membership needs at least one role");
		}
		Instant since = membershipIn(cityId).map(Membership::since).orElse(at);
		memberships.removeIf(m -> m.cityId().equals(cityId));
		memberships.add(new Membership(cityId, roles, since, grantedBy));
	}

	public void removeFrom(String cityId) {
		memberships.removeIf(m -> m.cityId().equals(cityId));
	}

	public void makeNetworkAdmin() {
		this.networkAdmin = true;
	}

	public void changePassword(String encodedPassword) {
		this.passwordHash = encodedPassword;
	}

	public void rename(String displayName) {
		this.displayName = displayName.strip();
	}

	public void prefer(Language language) {
		this.language = language;
	}

	public String getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Language getLanguage() {
		return language;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public boolean isNetworkAdmin() {
		return networkAdmin;
	}

	public List<Membership> getMemberships() {
		return List.copyOf(memberships);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getVersion() {
		return version;
	}

}

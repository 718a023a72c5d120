package org.inclusivecities.platform.people;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation to join a city with some roles. Only the SHA-256 hash of the token is stored; the token
 * itself exists only in the mail. Usable once, for {@link #VALIDITY}.
 */
@Document("invitations")
@CompoundIndex(name = "city_created", def = "{'cityId': 1, 'createdAt': -1}")
public class Invitation {

	public static final Duration VALIDITY = Duration.ofDays(7);

	@Id
	private String id;

	private String cityId;

	/** Indexed: a signed-in person's open invitations are looked up by address for their waiting list, on every page. */
	@Indexed
	private String email;

	private Set<Role> roles;

	@Indexed(unique = true)
	private String tokenHash;

	private String invitedBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant acceptedAt;

	private String acceptedBy;

	@Version
	private Long version;

	Invitation() {
	}

	static Invitation create(String cityId, String email, Set<Role> roles, String tokenHash, String invitedBy,
			Instant at) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("An invitation needs at least one role");
		}
		Invitation invitation = new Invitation();
		invitation.cityId = cityId;
		invitation.email = Person.normalise(email);
		invitation.roles = EnumSet.copyOf(roles);
		invitation.tokenHash = tokenHash;
		invitation.invitedBy = invitedBy;
		invitation.createdAt = at;
		invitation.expiresAt = at.plus(VALIDITY);
		return invitation;
	}

	/** Refuses an invitation that was used or has expired. */
	void checkUsable(Instant now) {
		if (acceptedAt != null) {
			throw new InvitationNoLongerValid(InvitationNoLongerValid.Reason.USED);
		}
		if (!now.isBefore(expiresAt)) {
			throw new InvitationNoLongerValid(InvitationNoLongerValid.Reason.EXPIRED);
		}
	}

	void accepted(String personId, Instant at) {
		checkUsable(at);
		this.acceptedAt = at;
		this.acceptedBy = personId;
	}

	/** Records who accepted, once the new person has an id. */
	void acceptedBy(String personId) {
		this.acceptedBy = personId;
	}

	/** Moves a not yet accepted invitation to another city (a duplicate merged into the city it duplicates). */
	void moveTo(String otherCityId) {
		if (acceptedAt == null) {
			this.cityId = otherCityId;
		}
	}

	/** The invitee said no: the invitation can no longer be accepted. */
	void declined(Instant at) {
		checkUsable(at);
		this.expiresAt = at;
	}

	/** Closes a not yet accepted invitation now (its city record was removed). */
	void close(Instant at) {
		if (acceptedAt == null && expiresAt.isAfter(at)) {
			this.expiresAt = at;
		}
	}

	public boolean isOpen(Instant now) {
		return acceptedAt == null && now.isBefore(expiresAt);
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public String getEmail() {
		return email;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public String getInvitedBy() {
		return invitedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public String getAcceptedBy() {
		return acceptedBy;
	}

}

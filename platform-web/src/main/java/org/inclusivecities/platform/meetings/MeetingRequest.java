package org.inclusivecities.platform.meetings;

import java.time.Instant;

import org.inclusivecities.platform.people.Language;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone of the public asked to register for a meeting by email and has not yet clicked the link in the mail: holds
 * no seat. Kept only until confirmed (then removed) or until it expires (removed by its TTL index; an expired one is
 * never confirmed). The name, address and language are all it keeps; the token is kept as its SHA-256 digest only.
 */
@Document("meeting_requests")
class MeetingRequest {

	@Id
	private String id;

	private String meetingId;

	private String name;

	@Indexed
	private String email;

	private Language language;

	@Indexed(unique = true)
	private String tokenHash;

	private Instant requestedAt;

	@Indexed(expireAfter = "0s")
	private Instant expiresAt;

	MeetingRequest() {
	}

	MeetingRequest(String meetingId, String name, String email, Language language, String tokenHash,
			Instant requestedAt, Instant expiresAt) {
		this.meetingId = meetingId;
		this.name = name;
		this.email = email;
		this.language = language;
		this.tokenHash = tokenHash;
		this.requestedAt = requestedAt;
		this.expiresAt = expiresAt;
	}

	String getMeetingId() {
		return meetingId;
	}

	String getName() {
		return name;
	}

	String getEmail() {
		return email;
	}

	Language getLanguage() {
		return language;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

}

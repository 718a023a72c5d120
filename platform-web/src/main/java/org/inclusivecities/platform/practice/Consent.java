package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The recorded consent for one story: who gave it (as they want to be named when NAMED), on which date, with
 * which scope, recorded by which member; and when it was withdrawn, if it was.
 */
public record Consent(String givenBy, LocalDate givenOn, ConsentScope scope, String pseudonym, String recordedBy,
		Instant recordedAt, Instant withdrawnAt) {

	Consent withdrawn(Instant at) {
		return new Consent(givenBy, givenOn, scope, pseudonym, recordedBy, recordedAt, at);
	}

	public boolean isWithdrawn() {
		return withdrawnAt != null;
	}

}

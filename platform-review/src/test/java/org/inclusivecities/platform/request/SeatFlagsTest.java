package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.Set;

import org.inclusivecities.platform.people.MembershipGranted;
import org.inclusivecities.platform.people.Role;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;

/**
 * A membership is saved before the seat flags are judged: when judging fails (the database briefly away), the
 * person who made the change is not told it failed; the sweep flags the seat later.
 */
class SeatFlagsTest {

	@Test
	void aFailureToFlagDoesNotFailTheChangeThatWasAlreadySaved() {
		NetworkRules rules = mock(NetworkRules.class);
		RequestsInReview requests = mock(RequestsInReview.class);
		ReviewMail mail = mock(ReviewMail.class);
		when(rules.seated("reviewer")).thenReturn(true);
		when(rules.load()).thenThrow(new DataAccessResourceFailureException("database away"));
		SeatFlags flags = new SeatFlags(rules, requests, mail,
				Clock.fixed(java.time.Instant.parse("2026-06-01T09:00:00Z"), java.time.ZoneOffset.UTC));

		assertThatCode(() -> flags.on(new MembershipGranted("reviewer", "gent", Set.of(Role.COUNCIL_MEMBER))))
			.doesNotThrowAnyException();
		verify(rules).load();
		verify(mail, never()).seatFlagged(any(), anyString(), anyString());
	}

}

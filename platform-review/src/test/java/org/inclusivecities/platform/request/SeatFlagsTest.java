package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.inclusivecities.platform.people.MembershipGranted;
import org.inclusivecities.platform.people.Role;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A membership is saved before the seat flags are judged: when judging fails (the database briefly away), the
 * person who made the change is not told it failed; the sweep flags the seat later. The judging runs under the
 * network's lock, as every transition does, so a seat cannot be confirmed between the judging and the flag.
 */
class SeatFlagsTest {

	private final NetworkRules rules = mock(NetworkRules.class);

	private final RequestsInReview requests = mock(RequestsInReview.class);

	private final ReviewMail mail = mock(ReviewMail.class);

	private final LockProvider locks = mock(LockProvider.class);

	private final SimpleLock held = mock(SimpleLock.class);

	private final SeatFlags flags = new SeatFlags(rules, requests, mail,
			Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC), new NetworkLock(locks));

	@Test
	void aFailureToFlagDoesNotFailTheChangeThatWasAlreadySaved() {
		when(locks.lock(any())).thenReturn(Optional.of(held));
		when(rules.seated("reviewer")).thenReturn(true);
		when(rules.load()).thenThrow(new DataAccessResourceFailureException("database away"));

		assertThatCode(() -> flags.on(new MembershipGranted("reviewer", "gent", Set.of(Role.COUNCIL_MEMBER))))
			.doesNotThrowAnyException();
		verify(rules).load();
		verify(mail, never()).seatFlagged(any(), anyString(), anyString());
		verify(held).unlock();
	}

	@Test
	void whetherTheChangeMattersAndWhichSeatsBreakARuleAreJudgedUnderTheNetworksLock() {
		when(locks.lock(any())).thenReturn(Optional.of(held));
		when(rules.seated("reviewer")).thenReturn(true);
		when(rules.load()).thenThrow(new DataAccessResourceFailureException("stop after judging"));

		flags.on(new MembershipGranted("reviewer", "gent", Set.of(Role.COUNCIL_MEMBER)));

		InOrder order = inOrder(locks, rules, held);
		order.verify(locks).lock(any());
		order.verify(rules).seated("reviewer");
		order.verify(rules).load();
		order.verify(held).unlock();
	}

}

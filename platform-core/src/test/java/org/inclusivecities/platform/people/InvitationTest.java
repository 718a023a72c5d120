package org.inclusivecities.platform.people;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void anInvitationWorksOnceForSevenDays() {
		Invitation invitation = Invitation.create("city-1", "Sam@Example.org", Set.of(Role.REVIEWER), "hash", "admin-1",
				NOW);
		assertThat(invitation.getEmail()).isEqualTo("sam@example.org");
		assertThat(invitation.getExpiresAt()).isEqualTo(NOW.plus(Invitation.VALIDITY));
		assertThat(invitation.isOpen(NOW.plus(Invitation.VALIDITY).minusSeconds(1))).isTrue();
		assertThatThrownBy(() -> invitation.checkUsable(NOW.plus(Invitation.VALIDITY)))
			.isInstanceOfSatisfying(InvitationNoLongerValid.class,
					ex -> assertThat(ex.reason()).isEqualTo(InvitationNoLongerValid.Reason.EXPIRED));
		invitation.accepted("person-1", NOW.plusSeconds(5));
		assertThatThrownBy(() -> invitation.accepted("person-2", NOW.plusSeconds(6)))
			.isInstanceOfSatisfying(InvitationNoLongerValid.class,
					ex -> assertThat(ex.reason()).isEqualTo(InvitationNoLongerValid.Reason.USED));
		assertThat(invitation.getAcceptedBy()).isEqualTo("person-1");
	}

	@Test
	void anInvitationNeedsARole() {
		assertThatThrownBy(() -> Invitation.create("city-1", "a@b.org", Set.of(), "hash", "admin-1", NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void tokensAreLongRandomAndOnlyTheirHashIsKept() {
		String token = InvitationLinks.newToken();
		assertThat(InvitationLinks.plausible(token)).isTrue();
		assertThat(InvitationLinks.newToken()).isNotEqualTo(token);
		assertThat(InvitationLinks.hash(token)).matches("[0-9a-f]{64}").doesNotContain(token);
		assertThat(InvitationLinks.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(InvitationLinks.plausible("../../etc")).isFalse();
	}

}

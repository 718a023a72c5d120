package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Building blocks for plan tests. */
final class PlanFixtures {

	private PlanFixtures() {
	}

	static CouncilMember member(String name, CouncilProfile profile) {
		return CouncilMember.create(name, "Org", profile, null);
	}

	static Council council(CouncilProfile... profiles) {
		List<CouncilMember> members = new java.util.ArrayList<>();
		for (int i = 0; i < profiles.length; i++) {
			members.add(member("Member " + i, profiles[i]));
		}
		return new Council(members);
	}

	static Activity activity(String title, LocalDate start, Aim... aims) {
		return new Activity(null, title, ActivityType.RECOVERY_WALK, start, start, new Place("Town square", null, null),
				Set.of(aims), List.of(), true, true);
	}

}

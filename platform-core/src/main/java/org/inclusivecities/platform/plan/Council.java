package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Map;

/** The core group that makes the change happen. */
public record Council(List<CouncilMember> members) implements PartContent {

	public static final Council EMPTY = new Council(List.of());

	public Council {
		members = Rows.limit("members", members, 50);
	}

	public boolean hasLivedExperience() {
		return members.stream().anyMatch(m -> m.profile().livedExperience());
	}

	public Council with(CouncilMember member) {
		List<CouncilMember> all = new java.util.ArrayList<>(members);
		all.add(member);
		return new Council(all);
	}

	public Council without(int index) {
		List<CouncilMember> all = new java.util.ArrayList<>(members);
		if (index >= 0 && index < all.size()) {
			all.remove(index);
		}
		return new Council(all);
	}

	@Override
	public List<Map<String, String>> rows() {
		return members.stream()
			.map(m -> Rows.row("name", m.name(), "organisation", m.organisation(), "profile", m.profile()))
			.toList();
	}

}

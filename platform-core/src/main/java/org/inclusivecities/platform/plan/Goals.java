package org.inclusivecities.platform.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public record Goals(List<Goal> goals) implements PartContent {

	public static final Goals EMPTY = new Goals(List.of());

	public Goals {
		goals = Rows.limit("goals", goals, 50);
	}

	@Override
	public void checkChanged(PartContent saved) {
		List<Goal> before = saved instanceof Goals g ? g.goals() : List.of();
		goals.stream().filter(goal -> !before.contains(goal)).forEach(Goal::checkPlausible);
	}

	public Goals with(Goal goal) {
		List<Goal> all = new ArrayList<>(goals);
		all.add(goal);
		return new Goals(all);
	}

	public Goals without(int index) {
		List<Goal> all = new ArrayList<>(goals);
		if (index >= 0 && index < all.size()) {
			all.remove(index);
		}
		return new Goals(all);
	}

	@Override
	public List<Map<String, String>> rows() {
		return goals.stream().map(g -> Rows.row("text", g.text(), "term", g.term(), "targetDate", g.targetDate())).toList();
	}

}

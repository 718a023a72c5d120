package org.inclusivecities.platform.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one-year schedule of recovery events and activities. */
public record Activities(List<Activity> activities) implements PartContent {

	public static final Activities EMPTY = new Activities(List.of());

	public Activities {
		activities = Rows.limit("activities", activities, 200)
			.stream()
			.sorted(Comparator.comparing(Activity::startDate))
			.toList();
	}

	@Override
	public void checkChanged(PartContent saved) {
		List<Activity> before = saved instanceof Activities a ? a.activities() : List.of();
		activities.stream().filter(activity -> !before.contains(activity)).forEach(Activity::checkPlausible);
	}

	public Optional<Activity> find(String id) {
		return activities.stream().filter(a -> a.id().equals(id)).findFirst();
	}

	public Activities with(Activity activity) {
		List<Activity> all = new ArrayList<>(activities);
		all.removeIf(a -> a.id().equals(activity.id()));
		all.add(activity);
		return new Activities(all);
	}

	public Activities without(String id) {
		List<Activity> all = new ArrayList<>(activities);
		all.removeIf(a -> a.id().equals(id));
		return new Activities(all);
	}

	@Override
	public List<Map<String, String>> rows() {
		return activities.stream()
			.map(a -> Rows.row("title", a.title(), "type", a.type(), "startDate", a.startDate(), "endDate", a.endDate(),
					"place", a.place().name(), "aims", a.aims().stream().sorted().toList(), "partners", a.partners(),
					"coDefined", a.coDefined(), "publicActivity", a.publicActivity()))
			.toList();
	}

}

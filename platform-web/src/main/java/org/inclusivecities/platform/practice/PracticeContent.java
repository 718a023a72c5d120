package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Sector;
import java.util.List;
import java.util.Set;

/**
 * What a practice says, as one revision holds it. Rich-text fields are Markdown, rendered safely by
 * {@link RichText}.
 */
public record PracticeContent(String title, String summary, String problem, String whatWasDone,
		String whoWasInvolved, String outcomes, String costs, String lessons, String contact,
		Set<ActivityType> activityTypes, Set<Aim> aims, Set<Sector> sectors, List<String> targetGroups,
		List<String> languages, List<String> links) {

	public PracticeContent {
		activityTypes = activityTypes == null ? Set.of() : Set.copyOf(activityTypes);
		aims = aims == null ? Set.of() : Set.copyOf(aims);
		sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
		targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
		languages = languages == null ? List.of() : List.copyOf(languages);
		links = links == null ? List.of() : List.copyOf(links);
	}

	/** All free text, for the search index. */
	public String fullText() {
		return String.join("\n", nonNull(title), nonNull(summary), nonNull(problem), nonNull(whatWasDone),
				nonNull(whoWasInvolved), nonNull(outcomes), nonNull(costs), nonNull(lessons),
				String.join(", ", targetGroups));
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

}

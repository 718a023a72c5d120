package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.plan.ActivityType;
import java.util.List;
import java.util.Set;

/** Valid practice content for tests. */
public final class PracticeTestContent {

	private PracticeTestContent() {
	}

	public static PracticeContent content(String title) {
		return new PracticeContent(title, "Summary of " + title, "", "What was done", "", "", "", "", "",
				Set.of(ActivityType.RECOVERY_CAFE), Set.of(), Set.of(), List.of(), List.of("nl"), List.of());
	}

}

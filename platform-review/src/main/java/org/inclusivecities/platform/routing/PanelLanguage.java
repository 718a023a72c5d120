package org.inclusivecities.platform.routing;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a panel reads the request's language: a panel in which no reviewer reads any of the request's
 * languages is flagged to the secretariat (on the run's outcome and the request's page), whether or not the city
 * made the language a hard rule. A request without languages is never flagged.
 */
public final class PanelLanguage {

	private PanelLanguage() {
	}

	/** Whether a reviewer with these languages reads one of the request's (always, when it names none). */
	public static boolean reads(Set<String> reviewerLanguages, Set<String> requestLanguages) {
		return requestLanguages.isEmpty() || requestLanguages.stream().anyMatch(reviewerLanguages::contains);
	}

	/** True when the panel has reviewers and none of them reads one of the request's languages. */
	public static boolean unread(Collection<Set<String>> panelLanguages, Set<String> requestLanguages) {
		return !panelLanguages.isEmpty() && !requestLanguages.isEmpty()
				&& panelLanguages.stream().noneMatch(languages -> reads(languages, requestLanguages));
	}

}

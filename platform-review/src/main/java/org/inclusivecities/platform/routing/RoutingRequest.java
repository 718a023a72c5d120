package org.inclusivecities.platform.routing;

import java.util.Set;

import org.inclusivecities.platform.pool.Period;

/**
 * An open accreditation request as routing sees it: who asks, in which languages the documents are, what
 * the plan is about (activity types and sectors), when the review takes place, and reviewers that must not
 * be chosen again (those who declined, or the first reviewers when an appeal needs new ones).
 */
public record RoutingRequest(String requestId, String cityId, Set<String> languages, Set<String> topics,
		Period reviewPeriod, Set<String> excludedReviewers) {

	public RoutingRequest {
		languages = Set.copyOf(languages);
		topics = Set.copyOf(topics);
		excludedReviewers = Set.copyOf(excludedReviewers);
	}

}

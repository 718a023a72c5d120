package org.inclusivecities.platform.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;

/**
 * An open accreditation request as routing sees it: who asks, in which languages the documents are, what
 * the plan is about (activity types and sectors), when the review takes place, reviewers that must not
 * be chosen again (those who declined, or the first reviewers when an appeal needs new ones), and what
 * decides its {@link Priority} when not every request can be staffed: the date the city's current
 * accreditation runs out ({@code renewalDeadline}, null for a first accreditation) and when it was
 * submitted (null when unknown); and {@code languageRequired}: the city asked that every reviewer reads one of
 * its languages (a hard rule, {@link ReadsLanguage}), where otherwise a reviewer who does not only costs more.
 */
public record RoutingRequest(String requestId, String cityId, Set<String> languages, Set<String> topics,
		Period reviewPeriod, Set<String> excludedReviewers, LocalDate renewalDeadline, Instant submittedAt,
		boolean languageRequired) {

	public RoutingRequest {
		languages = Set.copyOf(languages);
		topics = Set.copyOf(topics);
		excludedReviewers = Set.copyOf(excludedReviewers);
	}

	/** A request where a reviewer who reads none of its languages is allowed (at a cost). */
	public RoutingRequest(String requestId, String cityId, Set<String> languages, Set<String> topics,
			Period reviewPeriod, Set<String> excludedReviewers, LocalDate renewalDeadline, Instant submittedAt) {
		this(requestId, cityId, languages, topics, reviewPeriod, excludedReviewers, renewalDeadline, submittedAt,
				false);
	}

	/** A request without a renewal deadline or submission time: it comes after those that have them. */
	public RoutingRequest(String requestId, String cityId, Set<String> languages, Set<String> topics,
			Period reviewPeriod, Set<String> excludedReviewers) {
		this(requestId, cityId, languages, topics, reviewPeriod, excludedReviewers, null, null, false);
	}

}

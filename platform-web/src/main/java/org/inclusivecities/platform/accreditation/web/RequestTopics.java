package org.inclusivecities.platform.accreditation.web;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.PlanSnapshot;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.Stakeholder;
import org.inclusivecities.platform.pool.ExpertiseTags;

/**
 * What an accreditation request is about, in the terms reviewers declare their expertise in when their city
 * nominates them (the plan's activity types and sectors): the types of the plan's activities and the sectors of its
 * baseline (existing practices and stakeholders), as {@link ExpertiseTags}. Routing prefers reviewers whose expertise
 * shares one of them.
 */
final class RequestTopics {

	private RequestTopics() {
	}

	static Set<String> of(PlanSnapshot plan) {
		Set<String> topics = new TreeSet<>();
		plan.activities().activities().stream().map(Activity::type).filter(t -> t != null).forEach(t -> topics.add(ExpertiseTags.of(t)));
		Stream.concat(plan.baseline().practices().stream().map(Practice::sector),
				plan.baseline().stakeholders().stream().map(Stakeholder::sector))
			.filter(s -> s != null)
			.forEach(s -> topics.add(ExpertiseTags.of(s)));
		return Set.copyOf(topics);
	}

}

package org.inclusivecities.platform.accreditation.web;

import java.util.Objects;
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
		Stream<Enum<?>> types = plan.activities().activities().stream().map(Activity::type);
		Stream<Enum<?>> sectors = Stream.concat(plan.baseline().practices().stream().map(Practice::sector),
				plan.baseline().stakeholders().stream().map(Stakeholder::sector));
		Stream.concat(types, sectors).filter(Objects::nonNull).forEach(value -> topics.add(ExpertiseTags.of(value)));
		return Set.copyOf(topics);
	}

}

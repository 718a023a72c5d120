package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.util.List;

/**
 * What the public may see of a published plan (profile page, open data, PDF): council members' names only with
 * their consent (otherwise only their profile), only public activities, and no ids or names of who published.
 */
public record PublicPlan(String cityId, int version, String label, Instant publishedAt, List<PublicMember> council,
		Mission mission, Goals goals, Baseline baseline, List<Activity> activities, KickOff kickoff,
		Communication communication) {

	public static PublicPlan of(PublishedPlan published) {
		PlanSnapshot plan = published.getSnapshot();
		return new PublicPlan(published.getCityId(), published.getNumber(), published.getLabel(),
				published.getPublishedAt(), plan.council().members().stream().map(PublicMember::of).toList(),
				plan.mission(), plan.goals(), plan.baseline(),
				plan.activities().activities().stream().filter(Activity::publicActivity).toList(), plan.kickoff(),
				plan.communication());
	}

	/** A council member as the public sees them. */
	public record PublicMember(String name, String organisation, CouncilProfile profile) {

		static PublicMember of(CouncilMember member) {
			return member.namePublic() ? new PublicMember(member.name(), member.organisation(), member.profile())
					: new PublicMember(null, null, member.profile());
		}

	}

}

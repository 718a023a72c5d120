package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The one public view of a published plan: the profile page, the open-data JSON, the PDF and the calendar feeds
 * all render this and nothing else. Built only by {@link PublicPlans} with the city's {@link PlanPrivacy}: a
 * hidden part is empty, a private detail is null; council members' names only with their consent in force now ({@link CouncilConsents}; otherwise
 * only their profile); only public activities; no ids or names of who published.
 */
public record PublicPlan(String cityId, int version, String label, Instant publishedAt, List<PublicMember> council,
		Mission mission, Goals goals, PublicBaseline baseline, List<Activity> activities, PublicKickOff kickoff,
		List<PublicMessage> communication) {

	static PublicPlan of(PublishedPlan published, PlanPrivacy privacy, CouncilConsents.Now consents) {
		PlanSnapshot plan = published.getSnapshot();
		return new PublicPlan(published.getCityId(), published.getNumber(), published.getLabel(),
				published.getPublishedAt(),
				privacy.shows(PlanPart.COUNCIL)
						? plan.council().members().stream().map(m -> PublicMember.of(m, consents)).toList() : List.of(),
				privacy.shows(PlanPart.MISSION) ? plan.mission() : Mission.EMPTY,
				privacy.shows(PlanPart.GOALS) ? plan.goals() : Goals.EMPTY,
				privacy.shows(PlanPart.BASELINE) ? PublicBaseline.of(plan.baseline(), privacy) : PublicBaseline.EMPTY,
				privacy.shows(PlanPart.ACTIVITIES)
						? plan.activities().activities().stream().filter(Activity::publicActivity).toList() : List.of(),
				privacy.shows(PlanPart.KICKOFF) ? PublicKickOff.of(plan.kickoff(), privacy) : PublicKickOff.EMPTY,
				privacy.shows(PlanPart.COMMUNICATION) ? plan.communication().entries().stream()
					.map(r -> PublicMessage.of(r, privacy))
					.toList() : List.of());
	}

	/** A council member as the public sees them. */
	public record PublicMember(String name, String organisation, CouncilProfile profile) {

		static PublicMember of(CouncilMember member, CouncilConsents.Now consents) {
			return consents.namedPublicly(member.id()) ? new PublicMember(member.name(), member.organisation(), member.profile())
					: new PublicMember(null, null, member.profile());
		}

	}

	/** The baseline: practices and gaps per sector; the stakeholder map and its ratings only when chosen. */
	public record PublicBaseline(List<Practice> practices, List<PublicStakeholder> stakeholders) {

		static final PublicBaseline EMPTY = new PublicBaseline(List.of(), List.of());

		static PublicBaseline of(Baseline baseline, PlanPrivacy privacy) {
			boolean ratings = privacy.shows(PlanDetail.STAKEHOLDER_RATINGS);
			return new PublicBaseline(baseline.practices(), privacy.shows(PlanDetail.STAKEHOLDERS)
					? baseline.stakeholders().stream().map(s -> PublicStakeholder.of(s, ratings)).toList() : List.of());
		}

	}

	/** An organisation on the stakeholder map; influence, interest and engagement are null unless public. */
	public record PublicStakeholder(String organisation, Sector sector, String role, Level influence, Level interest,
			EngagementLevel engagement) {

		static PublicStakeholder of(Stakeholder s, boolean ratings) {
			return ratings ? new PublicStakeholder(s.organisation(), s.sector(), s.role(), s.influence(), s.interest(),
					s.engagement()) : new PublicStakeholder(s.organisation(), s.sector(), s.role(), null, null, null);
		}

	}

	/**
	 * The kick-off: date, place, how many came of each group (counts, no names), outcomes and the follow-up plan; the
	 * invitation list only when public.
	 */
	public record PublicKickOff(LocalDate date, String place, String stakeholdersInvited, List<Attendance> attendance,
			String outcomeNotes, String followUp) {

		static final PublicKickOff EMPTY = new PublicKickOff(null, null, null, List.of(), null, null);

		static PublicKickOff of(KickOff kickOff, PlanPrivacy privacy) {
			return new PublicKickOff(kickOff.date(), kickOff.place(),
					privacy.shows(PlanDetail.KICKOFF_INVITED) ? kickOff.stakeholdersInvited() : null,
					kickOff.attendance(), kickOff.outcomeNotes(), kickOff.followUp());
		}

		public boolean isEmpty() {
			return date == null && place == null && stakeholdersInvited == null && attendance.isEmpty()
					&& outcomeNotes == null && followUp == null;
		}

	}

	/** A line of the communication plan; its owner only when public. */
	public record PublicMessage(String audience, String message, String channel, String owner, String timing) {

		static PublicMessage of(CommunicationRow row, PlanPrivacy privacy) {
			return new PublicMessage(row.audience(), row.message(), row.channel(),
					privacy.shows(PlanDetail.COMMUNICATION_OWNERS) ? row.owner() : null, row.timing());
		}

	}

}

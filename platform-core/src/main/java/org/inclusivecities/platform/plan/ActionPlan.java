package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's draft action plan: one document per city, each part a {@link Section} with its own version. Parts
 * are changed only through {@link ActionPlanService}, with single-document atomic updates guarded by the
 * part's version.
 */
@Document("action_plans")
public class ActionPlan {

	@Id
	private String id;

	@Indexed(unique = true)
	private String cityId;

	private Instant createdAt;

	private Section<Council> council = Section.empty(Council.EMPTY);

	private Section<Mission> mission = Section.empty(Mission.EMPTY);

	private Section<Goals> goals = Section.empty(Goals.EMPTY);

	private Section<Baseline> baseline = Section.empty(Baseline.EMPTY);

	private Section<Activities> activities = Section.empty(Activities.EMPTY);

	private Section<KickOff> kickoff = Section.empty(KickOff.EMPTY);

	private Section<Communication> communication = Section.empty(Communication.EMPTY);

	private PlanPrivacy privacy;

	private PublishingRights publishingRights;

	private PublicationProposal publicationProposal;

	ActionPlan() {
	}

	static ActionPlan start(String cityId, Instant at) {
		ActionPlan plan = new ActionPlan();
		plan.cityId = cityId;
		plan.createdAt = at;
		return plan;
	}

	public String getCityId() {
		return cityId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Section<Council> council() {
		return council;
	}

	public Section<Mission> mission() {
		return mission;
	}

	public Section<Goals> goals() {
		return goals;
	}

	public Section<Baseline> baseline() {
		return baseline;
	}

	public Section<Activities> activities() {
		return activities;
	}

	public Section<KickOff> kickoff() {
		return kickoff;
	}

	public Section<Communication> communication() {
		return communication;
	}

	/** A council member's proposal to publish this draft, waiting for a city admin's decision. */
	public Optional<PublicationProposal> publicationProposal() {
		return Optional.ofNullable(publicationProposal);
	}

	/** Who may publish the plan (the city admins only until they choose). */
	public PublishingRights publishingRights() {
		return publishingRights == null ? PublishingRights.CITY_ADMINS : publishingRights;
	}

	/** What of the published plan the public sees (the defaults until the city chooses). */
	public PlanPrivacy privacy() {
		return privacy == null ? PlanPrivacy.DEFAULT : privacy;
	}

	public Section<? extends PartContent> section(PlanPart part) {
		return switch (part) {
			case COUNCIL -> council;
			case MISSION -> mission;
			case GOALS -> goals;
			case BASELINE -> baseline;
			case ACTIVITIES -> activities;
			case KICKOFF -> kickoff;
			case COMMUNICATION -> communication;
		};
	}

	public PlanSnapshot snapshot() {
		return new PlanSnapshot(council.content(), mission.content(), goals.content(), baseline.content(),
				activities.content(), kickoff.content(), communication.content());
	}

}

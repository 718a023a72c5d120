package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The only way to a {@link PublicPlan}: a published version seen through the city's current {@link PlanPrivacy}.
 * Every public representation (profile, API, PDF, calendar and its feeds) reads plans here, never
 * {@link PublishedPlans} directly, so what is private cannot reach a public serialiser.
 */
@Service
public class PublicPlans {

	private final PublishedPlans published;

	private final ActionPlanService drafts;

	private final CouncilConsents consents;

	PublicPlans(PublishedPlans published, ActionPlanService drafts, CouncilConsents consents) {
		this.published = published;
		this.drafts = drafts;
		this.consents = consents;
	}

	/** The latest published version as the public sees it, if the city published one. */
	public Optional<PublicPlan> latest(String cityId) {
		return published.findLatestByCityId(cityId).map(this::view);
	}

	public Optional<PublicPlan> version(String cityId, int number) {
		return published.findByCityIdAndNumber(cityId, number).map(this::view);
	}

	public boolean exists(String cityId) {
		return published.existsByCityId(cityId);
	}

	/** Every published version, newest first, as the public sees it today. */
	public List<PublicPlan> history(String cityId) {
		PlanPrivacy privacy = drafts.privacy(cityId);
		CouncilConsents.Now named = consents.now(cityId);
		return published.findAllByCityIdOrderByNumberDesc(cityId).stream()
			.map(p -> PublicPlan.of(p, privacy, named))
			.toList();
	}

	private PublicPlan view(PublishedPlan plan) {
		return PublicPlan.of(plan, drafts.privacy(plan.getCityId()), consents.now(plan.getCityId()));
	}

}

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

	PublicPlans(PublishedPlans published, ActionPlanService drafts) {
		this.published = published;
		this.drafts = drafts;
	}

	/** The latest published version as the public sees it, if the city published one. */
	public Optional<PublicPlan> latest(String cityId) {
		return published.findLatestByCityId(cityId).map(p -> PublicPlan.of(p, drafts.privacy(cityId)));
	}

	public Optional<PublicPlan> version(String cityId, int number) {
		return published.findByCityIdAndNumber(cityId, number).map(p -> PublicPlan.of(p, drafts.privacy(cityId)));
	}

	public boolean exists(String cityId) {
		return published.existsByCityId(cityId);
	}

	/** Every published version, newest first, as the public sees it today. */
	public List<PublicPlan> history(String cityId) {
		PlanPrivacy privacy = drafts.privacy(cityId);
		return published.findAllByCityIdOrderByNumberDesc(cityId).stream().map(p -> PublicPlan.of(p, privacy)).toList();
	}

}

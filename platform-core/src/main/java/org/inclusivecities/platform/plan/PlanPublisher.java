package org.inclusivecities.platform.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Publishes the draft as the next immutable version and answers questions about the history. */
@Service
public class PlanPublisher {

	private final ActionPlanService drafts;

	private final PublishedPlans published;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PlanPublisher(ActionPlanService drafts, PublishedPlans published, Clock clock, ApplicationEventPublisher events) {
		this.drafts = drafts;
		this.published = published;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Freezes the current draft as v(n+1). Two simultaneous publications cannot both get the same number: the
	 * unique index refuses the second, which is reported as unchanged (the first already holds this content).
	 */
	public PublishedPlan publish(String cityId, Editor editor) {
		PlanSnapshot snapshot = drafts.draft(cityId).snapshot();
		var latest = published.findLatestByCityId(cityId);
		if (latest.isPresent() && latest.get().getSnapshot().equals(snapshot)) {
			throw new PlanUnchanged();
		}
		int number = latest.map(PublishedPlan::getNumber).orElse(0) + 1;
		PublishedPlan plan;
		try {
			plan = published.insert(new PublishedPlan(cityId, number, snapshot, editor, clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			throw new PlanUnchanged();
		}
		drafts.closeProposal(cityId);
		events.publishEvent(new PlanPublished(cityId, number));
		return plan;
	}

	/**
	 * A proposal to publish the draft, for a city admin to decide on; refused as {@link PlanUnchanged} when the
	 * draft is what was published last (nothing to publish).
	 */
	public PublicationProposal propose(String cityId, Editor editor) {
		PlanSnapshot snapshot = drafts.draft(cityId).snapshot();
		if (published.findLatestByCityId(cityId).filter(p -> p.getSnapshot().equals(snapshot)).isPresent()) {
			throw new PlanUnchanged();
		}
		PublicationProposal proposal = new PublicationProposal(editor.personId(), editor.displayName(),
				clock.instant());
		drafts.proposePublication(cityId, proposal);
		return proposal;
	}

	/** A city admin declines the proposal to publish; the one declined, if there still was one. */
	public Optional<PublicationProposal> decline(String cityId) {
		return drafts.closeProposal(cityId);
	}

	public List<PublishedPlan> history(String cityId) {
		return published.findAllByCityIdOrderByNumberDesc(cityId);
	}

	public PublishedPlan version(String cityId, int number) {
		return published.findByCityIdAndNumber(cityId, number).orElseThrow(() -> new PublishedVersionNotFound(number));
	}

	/** What changed from version {@code from} to version {@code to}, part by part. */
	public List<PlanDiff.PartChange> diff(String cityId, int from, int to) {
		return PlanDiff.between(version(cityId, from).getSnapshot(), version(cityId, to).getSnapshot());
	}

}

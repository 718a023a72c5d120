package org.inclusivecities.platform.plan;

import java.time.Clock;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and writes a city's draft plan. Every write of a part is one atomic update matched on the city and the
 * part's version, so a stale save changes nothing and raises {@link PlanPartConflict}.
 */
@Service
public class ActionPlanService {

	private final ActionPlans plans;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActionPlanService(ActionPlans plans, MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.plans = plans;
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	/** The city's draft; an empty one is created on first use. */
	public ActionPlan draft(String cityId) {
		return plans.findByCityId(cityId).orElseGet(() -> {
			try {
				return mongo.insert(ActionPlan.start(cityId, clock.instant()));
			}
			catch (DuplicateKeyException raced) {
				return plans.findByCityId(cityId).orElseThrow();
			}
		});
	}

	/**
	 * Replaces one part's content, provided nobody changed it since {@code baseVersion} was read.
	 * @throws PlanPartConflict carrying the current version, its author and content, when the version is stale
	 */
	public <T extends PartContent> ActionPlan save(String cityId, PlanPart part, long baseVersion, T content,
			Editor editor) {
		if (!part.type().isInstance(content)) {
			throw new IllegalArgumentException(part + " holds " + part.type().getSimpleName());
		}
		ActionPlan current = draft(cityId);
		@SuppressWarnings("unchecked")
		Section<T> base = (Section<T>) current.section(part);
		if (base.version() != baseVersion) {
			throw new PlanPartConflict(part, base);
		}
		content.checkChanged(base.content());
		Section<T> next = new Section<>(content, baseVersion + 1, editor.personId(), editor.displayName(),
				clock.instant());
		UpdateResult result = mongo.updateFirst(
				query(where("cityId").is(cityId).and(part.slug() + ".version").is(baseVersion)),
				new Update().set(part.slug(), next), ActionPlan.class);
		if (result.getMatchedCount() == 0) {
			throw new PlanPartConflict(part, draft(cityId).section(part));
		}
		return draft(cityId);
	}

	/** Records a proposal to publish the draft (replacing an earlier one: the latest proposer is answered). */
	public void proposePublication(String cityId, PublicationProposal proposal) {
		draft(cityId);
		mongo.updateFirst(query(where("cityId").is(cityId)), new Update().set("publicationProposal", proposal),
				ActionPlan.class);
	}

	/** Takes the proposal to publish off the draft, atomically; the one taken off, if there was one. */
	public Optional<PublicationProposal> closeProposal(String cityId) {
		ActionPlan before = mongo.findAndModify(
				query(where("cityId").is(cityId).and("publicationProposal").exists(true)),
				new Update().unset("publicationProposal"), ActionPlan.class);
		return before == null ? Optional.empty() : before.publicationProposal();
	}

	/** The city's current council (read without creating a draft). */
	public Council council(String cityId) {
		return plans.findByCityId(cityId).map(plan -> plan.council().content()).orElse(Council.EMPTY);
	}

	/** The city's choice of what the public sees of its published plan (read without creating a draft). */
	public PlanPrivacy privacy(String cityId) {
		return plans.findByCityId(cityId).map(ActionPlan::privacy).orElse(PlanPrivacy.DEFAULT);
	}

	/** Who may publish the city's plan (read without creating a draft). */
	public PublishingRights publishingRights(String cityId) {
		return plans.findByCityId(cityId).map(ActionPlan::publishingRights).orElse(PublishingRights.CITY_ADMINS);
	}

	/** The city admins' choice of who may publish; it holds from the next publication on. */
	public void choosePublishingRights(String cityId, PublishingRights rights) {
		draft(cityId);
		mongo.updateFirst(query(where("cityId").is(cityId)), new Update().set("publishingRights", rights),
				ActionPlan.class);
	}

	/** Records what the public sees; every public representation shows the choice as soon as this returns. */
	public void choosePrivacy(String cityId, PlanPrivacy privacy) {
		draft(cityId);
		mongo.updateFirst(query(where("cityId").is(cityId)), new Update().set("privacy", privacy), ActionPlan.class);
		events.publishEvent(new PlanPrivacyChanged(cityId));
	}

	/**
	 * Saves one part, merged with whatever is stored now: {@code base} is the content the editor started from,
	 * {@code content} what they want it to be. Fields only they changed are applied, fields only someone else
	 * changed are kept (see {@link PartMerge}). The merge goes by values, not by version numbers, so a form that
	 * carries a newer version with older starting values still cannot overwrite. Each write stays one atomic
	 * update on the part's version, retried on a concurrent write.
	 * @throws PlanPartConflict naming the fields both changed, when there are any; nothing is written then
	 */
	public <T extends PartContent> ActionPlan merge(String cityId, PlanPart part, T base, T content, Editor editor) {
		if (!part.type().isInstance(content) || !part.type().isInstance(base)) {
			throw new IllegalArgumentException(part + " holds " + part.type().getSimpleName());
		}
		for (int attempt = 0; attempt < 5; attempt++) {
			@SuppressWarnings("unchecked")
			Section<T> current = (Section<T>) draft(cityId).section(part);
			PartMerge.Result<T> merged = PartMerge.merge(base, content, current.content());
			if (!merged.conflicts().isEmpty()) {
				throw new PlanPartConflict(part, current, merged.content(), merged.conflicts());
			}
			// the same rules as a plain save: rows new or changed against what is stored are checked
			merged.content().checkChanged(current.content());
			UpdateResult result = mongo.updateFirst(
					query(where("cityId").is(cityId).and(part.slug() + ".version").is(current.version())),
					new Update().set(part.slug(), current.next(merged.content(), editor, clock.instant())),
					ActionPlan.class);
			if (result.getMatchedCount() > 0) {
				return draft(cityId);
			}
		}
		throw new PlanPartConflict(part, draft(cityId).section(part));
	}

}

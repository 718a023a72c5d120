package org.inclusivecities.platform.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The one consent rule for council members' names: a member is named to the public only while their latest recorded
 * consent has the public scope and is not withdrawn, and to the network's reviewers while it is not withdrawn.
 * Every reader of a plan outside the city (the public view, the reviewers' frozen copy) asks here at the moment it
 * renders, so that a withdrawal reaches every published version and every representation at once; each change is a
 * {@link CouncilConsentChanged}, which empties the page caches of every instance.
 */
@Service
public class CouncilConsents {

	private final CouncilConsentRecords records;

	private final ActionPlanService plans;

	private final PublishedPlans published;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CouncilConsents(CouncilConsentRecords records, ActionPlanService plans, PublishedPlans published,
			MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.records = records;
		this.plans = plans;
		this.published = published;
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	/** Each member's consent in force now, by member id (withdrawn ones included, so that pages can say so). */
	public Now now(String cityId) {
		Map<String, CouncilConsent> latest = new LinkedHashMap<>();
		for (CouncilConsent consent : records.findAllByCityIdOrderByRecordedAtDesc(cityId)) {
			latest.putIfAbsent(consent.memberId(), consent);
		}
		return new Now(Map.copyOf(latest));
	}

	/** Every record of one member, newest first: the consent's history. */
	public List<CouncilConsent> history(String cityId, String memberId) {
		return records.findAllByCityIdAndMemberIdOrderByRecordedAtDesc(cityId, memberId);
	}

	/** The member of the city's current council with that id. */
	public CouncilMember member(String cityId, String memberId) {
		return current(cityId, memberId).orElseThrow(CouncilMemberNotFound::new);
	}

	/**
	 * The member with that id in the current council or, for a member who left it, in the newest published version
	 * that lists them: their name is still shown there, so their consent must still be reachable.
	 */
	public CouncilMember memberNamedAnywhere(String cityId, String memberId) {
		return current(cityId, memberId)
			.or(() -> published.findAllByCityIdOrderByNumberDesc(cityId).stream()
				.flatMap(p -> p.getSnapshot().council().members().stream())
				.filter(m -> m.id().equals(memberId))
				.findFirst())
			.orElseThrow(CouncilMemberNotFound::new);
	}

	/** Whether the member is in the city's current council (not only in published versions). */
	public boolean inCouncil(String cityId, String memberId) {
		return current(cityId, memberId).isPresent();
	}

	private Optional<CouncilMember> current(String cityId, String memberId) {
		return plans.council(cityId).members().stream().filter(m -> m.id().equals(memberId)).findFirst();
	}

	/**
	 * Records a consent given by a member of the city's current council; it replaces whatever was in force.
	 * @throws InvalidPlanContent for a date in the future or before 2000
	 */
	public CouncilConsent record(String cityId, String memberId, CouncilConsentScope scope, ConsentBasis basis,
			LocalDate givenOn, Editor recordedBy) {
		CouncilMember member = member(cityId, memberId);
		if (scope == null) {
			throw new InvalidPlanContent("scope", "plan.error.required");
		}
		if (basis == null || basis == ConsentBasis.BEFORE_RECORDS) {
			throw new InvalidPlanContent("basis", "plan.error.required");
		}
		if (givenOn == null) {
			throw new InvalidPlanContent("givenOn", "plan.error.required");
		}
		if (givenOn.isAfter(LocalDate.now(clock)) || givenOn.getYear() < 2000) {
			throw new InvalidPlanContent("givenOn", "plan.consent.error.givenOn");
		}
		CouncilConsent saved = records
			.insert(CouncilConsent.given(cityId, member, scope, basis, givenOn, recordedBy, clock.instant()));
		events.publishEvent(new CouncilConsentChanged(cityId));
		return saved;
	}

	/**
	 * Withdraws the member's consent in force, at once and everywhere. Also for a member who has left the council:
	 * their name stays in the published versions that list them, and must be withdrawable there too.
	 * @throws ConsentNotRecorded when no consent is in force
	 */
	public CouncilConsent withdraw(String cityId, String memberId, Editor by) {
		// every record still in force, not only the latest seen: one recorded meanwhile is withdrawn as well
		UpdateResult result = mongo.updateMulti(
				query(where("cityId").is(cityId).and("memberId").is(memberId).and("withdrawnAt").isNull()),
				new Update().set("withdrawnAt", clock.instant())
					.set("withdrawnById", by.personId())
					.set("withdrawnByName", by.displayName()),
				CouncilConsent.class);
		if (result.getModifiedCount() == 0) {
			throw new ConsentNotRecorded();
		}
		events.publishEvent(new CouncilConsentChanged(cityId));
		return history(cityId, memberId).getFirst();
	}

	/** The consents in force in one city at one moment. */
	public record Now(Map<String, CouncilConsent> byMember) {

		public static final Now NONE = new Now(Map.of());

		public Optional<CouncilConsent> of(String memberId) {
			return Optional.ofNullable(byMember.get(memberId));
		}

		public boolean namedPublicly(String memberId) {
			return of(memberId).map(CouncilConsent::allowsPublic).orElse(false);
		}

		public boolean namedToNetwork(String memberId) {
			return of(memberId).map(CouncilConsent::allowsNetwork).orElse(false);
		}

	}

}

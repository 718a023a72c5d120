package org.inclusivecities.platform.pool;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What cities, reviewers and the secretariat do with the reviewer pool. The city is always passed in
 * explicitly (resolved at the web edge); every write touches one document.
 */
@Service
public class ReviewerPoolService {

	private final ReviewerNominations nominations;

	private final CityTies ties;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReviewerPool reviewerPool;

	ReviewerPoolService(ReviewerNominations nominations, CityTies ties, People people,
			ApplicationEventPublisher events, Clock clock, ReviewerPool reviewerPool) {
		this.reviewerPool = reviewerPool;
		this.events = events;
		this.nominations = nominations;
		this.ties = ties;
		this.people = people;
		this.clock = clock;
	}

	/** The city nominates one of its members holding the REVIEWER role (or updates the existing nomination). */
	public ReviewerNomination nominate(String cityId, String personId, ReviewerProfile profile, String actorId) {
		Person person = people.findByCityIdAndId(cityId, personId).orElseThrow(() -> new NotAReviewer(cityId));
		if (!person.hasRole(cityId, Role.REVIEWER)) {
			throw new NotAReviewer(cityId);
		}
		ReviewerNomination nomination = nominations.findByCityIdAndPersonId(cityId, personId)
			.map(existing -> {
				existing.update(profile);
				return existing;
			})
			.orElseGet(() -> ReviewerNomination.of(cityId, personId, profile, actorId, clock.instant()));
		return changed(nominations.save(nomination));
	}

	/**
	 * The reviewer sets their own minimum and maximum load per cycle, on each of their active nominations; a
	 * person with none is not a reviewer ({@link NominationNotFound}, read as not found).
	 */
	public List<ReviewerNomination> setOwnLoad(String personId, int minimum, int maximum) {
		List<ReviewerNomination> own = ownActive(personId);
		own.forEach(n -> n.setOwnLoad(minimum, maximum));
		return own.stream().map(nominations::save).map(this::changed).toList();
	}

	/** The reviewer lowers their maximum until {@code until} (accepting an invitation with a reduced load). */
	public void reduceOwnLoad(String personId, int maximum, Instant until) {
		List<ReviewerNomination> own = ownActive(personId);
		own.forEach(n -> n.reduceUntil(maximum, until));
		own.forEach(n -> changed(nominations.save(n)));
	}

	private List<ReviewerNomination> ownActive(String personId) {
		List<ReviewerNomination> own = reviewerPool.nominationsOf(personId)
			.stream()
			.filter(ReviewerNomination::isActive)
			.toList();
		if (own.isEmpty()) {
			throw new NominationNotFound(personId);
		}
		return own;
	}

	public ReviewerNomination markUnavailable(String cityId, String nominationId, Period period, String actorId) {
		ReviewerNomination nomination = mayChange(cityId, nominationId, actorId, true);
		nomination.markUnavailable(period);
		return changed(nominations.save(nomination));
	}

	/** A conflict may be declared by the reviewer themself or by the secretariat (network admin). */
	public ReviewerNomination declareConflict(String cityId, String nominationId, String conflictCityId,
			ConflictKind kind, String actorId) {
		return declareConflict(cityId, nominationId, conflictCityId, kind, "", actorId);
	}

	/**
	 * As {@link #declareConflict(String, String, String, ConflictKind, String)}, with the reason in words. The change
	 * is published ({@link PoolChanged.ConflictDeclared}), so a live seat it breaks is flagged at once.
	 */
	public ReviewerNomination declareConflict(String cityId, String nominationId, String conflictCityId,
			ConflictKind kind, String note, String actorId) {
		ReviewerNomination nomination = mayChange(cityId, nominationId, actorId, false);
		nomination.declare(new DeclaredConflict(conflictCityId, kind, actorId, clock.instant(), note));
		ReviewerNomination saved = nominations.save(nomination);
		events.publishEvent(new PoolChanged.ConflictDeclared(saved.getPersonId(), conflictCityId));
		return saved;
	}

	public ReviewerNomination withdraw(String cityId, String nominationId, String actorId) {
		ReviewerNomination nomination = mayChange(cityId, nominationId, actorId, true);
		nomination.withdraw();
		return changed(nominations.save(nomination));
	}

	/** A city declares a tie with another (twinning, same regional network); idempotent. */
	public void declareTie(String cityId, String otherCityId, TieKind kind, String actorId) {
		CityTie tie = CityTie.declare(cityId, otherCityId, kind, actorId, clock.instant());
		if (!ties.existsByCityIdAndOtherCityId(cityId, otherCityId)) {
			ties.save(tie);
			events.publishEvent(new PoolChanged.TieDeclared(cityId, otherCityId));
		}
	}

	private ReviewerNomination changed(ReviewerNomination saved) {
		events.publishEvent(new PoolChanged.NominationChanged(saved.getPersonId()));
		return saved;
	}

	public List<ReviewerNomination> nominationsOf(String cityId) {
		return nominations.findAllByCityId(cityId);
	}

	/** A tie the city declared; {@link TieNotFound} for any other id (another city's tie too). */
	public CityTie tie(String cityId, String tieId) {
		return ties.findByCityIdAndId(cityId, tieId).orElseThrow(() -> new TieNotFound(tieId));
	}

	/** A city withdraws a tie it declared; {@link TieNotFound} when it declared no tie with that id. */
	public void removeTie(String cityId, String tieId) {
		if (ties.deleteByCityIdAndId(cityId, tieId) == 0) {
			throw new TieNotFound(tieId);
		}
	}

	public List<CityTie> tiesOf(String cityId) {
		return ties.findAllByCityId(cityId);
	}

	private ReviewerNomination mayChange(String cityId, String nominationId, String actorId,
			boolean cityAdminMay) {
		ReviewerNomination nomination = nominations.findByCityIdAndId(cityId, nominationId)
			.orElseThrow(() -> new NominationNotFound(nominationId));
		if (actorId.equals(nomination.getPersonId())) {
			return nomination;
		}
		Person actor = people.findById(actorId).orElseThrow(() -> new NotAllowed("unknown actor"));
		boolean allowed = actor.isNetworkAdmin() || (cityAdminMay && actor.hasRole(cityId, Role.CITY_ADMIN));
		if (!allowed) {
			throw new NotAllowed("change nomination");
		}
		return nomination;
	}

}

package org.inclusivecities.platform.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A city's adoptions of other cities' published practices: recorded with how it adapted the practice, described
 * anew, a result reported back later, withdrawn. Every method takes the adopting city explicitly; an indicator it
 * links must be one of its own. Every change is one write of the adoption and publishes a {@link PracticeChange}, so
 * the practice's public view and its place in the library (sorted by adoptions) follow before the method returns.
 */
@Service
public class PracticeAdoption {

	/** Longest adaptation and result text. */
	public static final int TEXT_MAX = 2000;

	/** How often an adopting city is asked to report back what came of it. */
	public static final java.time.Period REPORT_EVERY = java.time.Period.ofMonths(6);

	/** Longest reference. */
	public static final int REFERENCE_MAX = 300;

	private final Adoptions adoptions;

	private final PublishedPractices published;

	private final IndicatorService indicators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PracticeAdoption(Adoptions adoptions, PublishedPractices published, IndicatorService indicators,
			ApplicationEventPublisher events, Clock clock) {
		this.adoptions = adoptions;
		this.published = published;
		this.indicators = indicators;
		this.events = events;
		this.clock = clock;
	}

	/** Records that {@code cityId} adopted another city's published practice (again, after a withdrawal). */
	public Adoption adopt(String cityId, String practiceId, AdoptionDetails details, String personId) {
		PublishedPractice practice = published.find(practiceId).orElseThrow(PracticeNotFound::new);
		if (practice.cityId().equals(cityId)) {
			throw new InvalidPracticeTransition("A city cannot adopt its own practice");
		}
		check(cityId, details);
		Optional<Adoption> earlier = adoptions.findByCityIdAndPracticeId(cityId, practiceId);
		Adoption adoption = earlier.orElseGet(() -> Adoption.record(cityId, practiceId, details, personId,
				clock.instant()));
		if (earlier.isPresent()) {
			adoption.renew(details, personId, clock.instant());
		}
		adoptions.save(adoption);
		events.publishEvent(new PracticeAdopted(practiceId, cityId));
		return adoption;
	}

	/** The city's adoption of the practice, active or withdrawn; {@link AdoptionNotFound} when it has none. */
	public Adoption get(String cityId, String practiceId) {
		return adoptions.findByCityIdAndPracticeId(cityId, practiceId).orElseThrow(AdoptionNotFound::new);
	}

	/** The city's adoptions, the most recently adopted first, withdrawn ones included. */
	public List<Adoption> list(String cityId) {
		return adoptions.findAllByCityIdOrderByAdoptedAtDesc(cityId);
	}

	/** The city's active adoptions whose next report is due by today ({@link #REPORT_EVERY}), the longest due first. */
	public List<Adoption> awaitingReport(String cityId) {
		LocalDate today = LocalDate.now(clock);
		return list(cityId).stream()
			.filter(Adoption::isActive)
			.filter(a -> !a.reportDue(REPORT_EVERY).isAfter(today))
			.sorted(java.util.Comparator.comparing(a -> a.reportDue(REPORT_EVERY)))
			.toList();
	}

	public boolean hasAdopted(String cityId, String practiceId) {
		return adoptions.findByCityIdAndPracticeId(cityId, practiceId).filter(Adoption::isActive).isPresent();
	}

	public void describe(String cityId, String practiceId, AdoptionDetails details) {
		Adoption adoption = get(cityId, practiceId);
		check(cityId, details);
		adoption.describe(details, clock.instant());
		save(adoption);
	}

	/** Reports back what came of the adoption, as of a day up to today; replaces an earlier report. */
	public void reportResult(String cityId, String practiceId, String result, LocalDate asOf) {
		Adoption adoption = get(cityId, practiceId);
		if (result == null || result.isBlank()) {
			throw new InvalidAdoption("result", "practice.error.result");
		}
		if (result.length() > TEXT_MAX) {
			throw new InvalidAdoption("result", "practice.error.too-long");
		}
		if (asOf == null) {
			throw new InvalidAdoption("resultAsOf", "practice.error.resultAsOf");
		}
		if (asOf.isAfter(LocalDate.now(clock))) {
			throw new InvalidAdoption("resultAsOf", "practice.error.resultAsOf.future");
		}
		adoption.reportResult(result.strip(), asOf, clock.instant());
		save(adoption);
	}

	/** Withdraws the adoption: kept for the city, no longer counted nor shown on the practice. */
	public void withdraw(String cityId, String practiceId) {
		Adoption adoption = get(cityId, practiceId);
		adoption.withdraw(clock.instant());
		save(adoption);
	}

	/** The indicators the city may link: its own. */
	public List<Indicator> linkableIndicators(String cityId) {
		return indicators.list(cityId);
	}

	private void check(String cityId, AdoptionDetails details) {
		if (details.adaptation() != null && details.adaptation().length() > TEXT_MAX) {
			throw new InvalidAdoption("adaptation", "practice.error.too-long");
		}
		if (details.reference() != null && details.reference().length() > REFERENCE_MAX) {
			throw new InvalidAdoption("reference", "practice.error.too-long");
		}
		if (details.indicatorId() != null && linkableIndicators(cityId).stream()
			.noneMatch(i -> i.getId().equals(details.indicatorId()))) {
			throw new InvalidAdoption("indicatorId", "practice.error.indicator");
		}
	}

	private void save(Adoption adoption) {
		adoptions.save(adoption);
		events.publishEvent(new AdoptionChanged(adoption.getPracticeId(), adoption.getCityId()));
	}

}

package org.inclusivecities.platform.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.inclusivecities.platform.changefeed.ChangeOfCity;
import org.inclusivecities.platform.changefeed.ChangesMissed;
import org.inclusivecities.platform.changefeed.PublicChange;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityMilestones;
import org.inclusivecities.platform.city.CityMilestones.Milestone;
import org.inclusivecities.platform.city.CityMilestones.Progress;
import org.inclusivecities.platform.database.DatabaseStartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The charter milestones each listed city has reached, held in memory beside {@link DirectoryReadModel} so the
 * profiles and the "has reached" filter never ask the database. Built once from every registered
 * {@link CityMilestones} (at start, or on first use), then kept in step city by city: every {@link ChangeOfCity}
 * (profile, plan, privacy, consent, monitoring, accreditation; of this instance or another) asks the
 * contributions again for that city. What changes with time alone (a new calendar year, a certificate expiring) is
 * asked again on the first read on or after the day each contribution named.
 */
@Component
class DirectoryMilestones implements DatabaseStartupTask {

	private static final Logger log = LoggerFactory.getLogger(DirectoryMilestones.class);

	private final ObjectProvider<CityMilestones> contributions;

	private final DirectoryReadModel listed;

	private final Clock clock;

	/** Replaced, never changed: a reader holds a consistent snapshot. Null until built. */
	private volatile Map<String, Progress> progress;

	private volatile LocalDate nextRecheck;

	DirectoryMilestones(ObjectProvider<CityMilestones> contributions, DirectoryReadModel listed, Clock clock) {
		this.contributions = contributions;
		this.listed = listed;
		this.clock = clock;
	}

	/** Every registered milestone, in order. */
	static List<Milestone> all(ObjectProvider<CityMilestones> contributions) {
		return contributions.orderedStream()
			.flatMap(c -> c.milestones().stream())
			.sorted(Comparator.comparingInt(Milestone::order).thenComparing(Milestone::key))
			.toList();
	}

	List<Milestone> milestones() {
		return all(contributions);
	}

	@Override
	public boolean afterStart() {
		return true;
	}

	@Override
	public void run() {
		current();
	}

	@EventListener
	@Order(PublicChange.READ_MODELS)
	synchronized void changed(ChangeOfCity change) {
		if (progress == null) {
			return;
		}
		try {
			update(List.of(change.cityId()), today());
		}
		catch (RuntimeException ex) {
			// the change is stored already: never fail it here; the next read builds the model again
			log.warn("Directory milestones: could not read city {} again, rebuilding on next use", change.cityId(), ex);
			progress = null;
		}
	}

	@EventListener(ChangesMissed.class)
	@Order(PublicChange.READ_MODELS)
	synchronized void missed() {
		progress = null;
	}

	/** The keys of the milestones this city has reached. */
	Set<String> reached(String cityId) {
		return current().getOrDefault(cityId, Progress.NONE).reached();
	}

	/** The test of the "has reached" filter. */
	Predicate<City> reaching(String key) {
		Map<String, Progress> now = current();
		return city -> now.getOrDefault(city.getId(), Progress.NONE).reached().contains(key);
	}

	private Map<String, Progress> current() {
		Map<String, Progress> now = progress;
		LocalDate recheck = nextRecheck;
		if (now != null && (recheck == null || today().isBefore(recheck))) {
			return now;
		}
		synchronized (this) {
			LocalDate today = today();
			if (progress == null) {
				progress = Map.of();
				update(listed.listed().all().stream().map(City::getId).toList(), today);
			}
			else if (nextRecheck != null && !today.isBefore(nextRecheck)) {
				update(progress.entrySet().stream()
					.filter(e -> e.getValue().recheckOn() != null && !today.isBefore(e.getValue().recheckOn()))
					.map(Map.Entry::getKey)
					.toList(), today);
			}
			return progress;
		}
	}

	/** Asks every contribution about these cities and keeps the union of what they reached. */
	private void update(Collection<String> cityIds, LocalDate today) {
		Map<String, Set<String>> reached = new HashMap<>();
		Map<String, LocalDate> recheck = new HashMap<>();
		contributions.orderedStream().forEach(c -> c.progressOf(cityIds, today).forEach((id, p) -> {
			reached.computeIfAbsent(id, x -> new HashSet<>()).addAll(p.reached());
			recheck.merge(id, p.recheckOn() == null ? LocalDate.MAX : p.recheckOn(), Progress::earlier);
		}));
		Map<String, Progress> next = new HashMap<>(progress);
		cityIds.forEach(id -> {
			LocalDate on = recheck.get(id);
			next.put(id, new Progress(reached.getOrDefault(id, Set.of()), LocalDate.MAX.equals(on) ? null : on));
		});
		progress = Collections.unmodifiableMap(next);
		nextRecheck = next.values().stream()
			.map(Progress::recheckOn)
			.filter(d -> d != null)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}

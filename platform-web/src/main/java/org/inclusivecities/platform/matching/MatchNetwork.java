package org.inclusivecities.platform.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.inclusivecities.platform.changefeed.PublicChange;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.directory.PopulationBand;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublicPlans;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.monitoring.PublicMonitoring;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The network as the matchcentrum sees it: one {@link CityPicture} per listed city, read only through the public views
 * (the directory's listed cities, {@link PublicPlans} with the city's privacy applied, {@link PublicMonitoring},
 * {@link PublishedPractices}). Built on first use and kept until a {@link PublicChange} (a practice published or
 * withdrawn, a plan published, its privacy changed, a city listed or changed, monitoring changed), so a public page
 * asking for matches costs no database query while nothing changed.
 */
@Component
class MatchNetwork {

	private final MemberDirectory directory;

	private final PublicPlans plans;

	private final PublicMonitoring monitoring;

	private final PublishedPractices practices;

	private final AtomicLong generation = new AtomicLong();

	private volatile Built built;

	MatchNetwork(MemberDirectory directory, PublicPlans plans, PublicMonitoring monitoring,
			PublishedPractices practices) {
		this.directory = directory;
		this.plans = plans;
		this.monitoring = monitoring;
		this.practices = practices;
	}

	/** Every listed city's picture, by name. */
	List<CityPicture> cities() {
		return current().cities();
	}

	java.util.Optional<CityPicture> city(String cityId) {
		return java.util.Optional.ofNullable(current().byId().get(cityId));
	}

	@EventListener
	@Order(PublicChange.READ_MODELS)
	void on(PublicChange change) {
		generation.incrementAndGet();
		built = null;
	}

	private Built current() {
		Built known = built;
		if (known != null) {
			return known;
		}
		long at = generation.get();
		Built fresh = build();
		if (generation.get() == at) {
			built = fresh;
		}
		return fresh;
	}

	private Built build() {
		Map<String, List<CityPicture.PracticeRef>> byCity = new HashMap<>();
		for (PublishedPractice practice : practices.all()) {
			byCity.computeIfAbsent(practice.cityId(), id -> new ArrayList<>())
				.add(new CityPicture.PracticeRef(practice.id(), practice.content().title(),
						practice.content().sectors()));
		}
		List<CityPicture> cities = new ArrayList<>();
		Map<String, CityPicture> byId = new HashMap<>();
		for (City city : directory.listed()) {
			CityPicture picture = picture(city, byCity.getOrDefault(city.getId(), List.of()));
			cities.add(picture);
			byId.put(city.getId(), picture);
		}
		return new Built(List.copyOf(cities), Map.copyOf(byId));
	}

	private CityPicture picture(City city, List<CityPicture.PracticeRef> own) {
		PublicPlan plan = plans.latest(city.getId()).orElse(null);
		EnumSet<Sector> gaps = EnumSet.noneOf(Sector.class);
		EnumSet<Sector> existing = EnumSet.noneOf(Sector.class);
		List<CityPicture.ActivityRef> activities = new ArrayList<>();
		if (plan != null) {
			for (Practice row : plan.baseline().practices()) {
				if (row.gaps() != null && !row.gaps().isBlank()) {
					gaps.add(row.sector());
				}
				if (row.existing() != null && !row.existing().isBlank()) {
					existing.add(row.sector());
				}
			}
			plan.activities().forEach(a -> activities.add(new CityPicture.ActivityRef(a.title(), a.type())));
		}
		return new CityPicture(city.getId(), city.getSlug(), city.getName(), city.getCountry(),
				java.util.Set.copyOf(city.getLanguages()), PopulationBand.of(city.getPopulation()), gaps, existing, own,
				activities, monitoring.indicatorsOf(city.getId()).size(), plan == null ? 0 : plan.version());
	}

	private record Built(List<CityPicture> cities, Map<String, CityPicture> byId) {
	}

}

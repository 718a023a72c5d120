package org.inclusivecities.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublicPlans;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The cross-city read model of the recovery calendar: public activities ({@link PublicPlan}) of the latest
 * published plan of every listed city (member or suspended; never applicants or cities that left). Drafts are
 * never read. Cities are selected on the directory's (status, country) index, plans on the (cityId, number)
 * index of published plans; {@link CalendarIndexes004} adds the (status, slug) one for the city filter.
 */
@Component
public class RecoveryCalendar {

	private final MongoTemplate mongo;

	private final PublicPlans published;

	private final Clock clock;

	private final ObjectProvider<CalendarSource> sources;

	RecoveryCalendar(MongoTemplate mongo, PublicPlans published, Clock clock, ObjectProvider<CalendarSource> sources) {
		this.mongo = mongo;
		this.published = published;
		this.clock = clock;
		this.sources = sources;
	}

	/** One page of matching events: upcoming ones first (soonest first), then past ones (latest first). */
	public Page<CalendarEvent> search(CalendarQuery query) {
		List<CalendarEvent> all = all(query);
		PageRequest pageable = PageRequest.of(query.page(), query.size());
		int from = (int) Math.min(pageable.getOffset(), all.size());
		return new PageImpl<>(all.subList(from, Math.min(all.size(), from + query.size())), pageable, all.size());
	}

	/** Every matching event, contributed ones ({@link CalendarSource}) included, in calendar order (feeds, map). */
	public List<CalendarEvent> all(CalendarQuery query) {
		LocalDate today = LocalDate.now(clock);
		Comparator<CalendarEvent> upcoming = Comparator.comparing(CalendarEvent::startDate)
			.thenComparing(CalendarEvent::title);
		Comparator<CalendarEvent> past = upcoming.reversed();
		List<CalendarEvent> events = new ArrayList<>(events(query, false));
		sources.orderedStream().forEach(source -> events.addAll(source.events(query)));
		return Stream.concat(
				events.stream().filter(e -> !e.endDate().isBefore(today)).sorted(upcoming),
				events.stream().filter(e -> e.endDate().isBefore(today)).sorted(past))
			.toList();
	}

	/**
	 * The most recently announced events: by when they first appeared in a published plan (or were announced, for a
	 * contributed event), newest first.
	 */
	public List<CalendarEvent> newest(int limit) {
		return Stream.concat(events(CalendarQuery.ALL, true).stream(),
				sources.orderedStream().flatMap(source -> source.events(CalendarQuery.ALL).stream()))
			.sorted(Comparator.comparing(CalendarEvent::firstPublishedAt).reversed()
				.thenComparing(CalendarEvent::startDate))
			.limit(limit)
			.toList();
	}

	/** Listed cities that have published a plan, by name (country and city filter choices). */
	public List<City> cities() {
		return listed(null, null).stream().filter(c -> published.exists(c.getId())).toList();
	}

	private List<CalendarEvent> events(CalendarQuery query, boolean history) {
		List<CalendarEvent> events = new ArrayList<>();
		for (City city : listed(query.country(), query.city())) {
			List<PublicPlan> versions = history ? published.history(city.getId())
					: published.latest(city.getId()).stream().toList();
			if (versions.isEmpty()) {
				continue;
			}
			Map<String, Instant> firstSeen = history ? firstSeen(versions) : Map.of();
			PublicPlan latest = versions.getFirst();
			for (Activity activity : latest.activities()) {
				if (query.type() == null || activity.type() == query.type()) {
					CalendarEvent.of(city, activity, firstSeen.getOrDefault(activity.id(), latest.publishedAt()))
						.stream()
						.filter(e -> inMonth(e, query))
						.forEach(events::add);
				}
			}
		}
		return events;
	}

	/** For each public activity id, when the first published version holding it as public came out. */
	private static Map<String, Instant> firstSeen(List<PublicPlan> newestFirst) {
		Map<String, Instant> first = new HashMap<>();
		for (PublicPlan version : newestFirst) {
			version.activities().forEach(a -> first.put(a.id(), version.publishedAt()));
		}
		return first;
	}

	private static boolean inMonth(CalendarEvent event, CalendarQuery query) {
		return query.month() == null || !event.endDate().isBefore(query.month().atDay(1))
				&& !event.startDate().isAfter(query.month().atEndOfMonth());
	}

	/** A public activity of a listed city's latest published plan, for its public page. */
	public java.util.Optional<PublicActivity> activity(String slug, String activityId) {
		for (City city : listed(null, slug)) {
			var plan = published.latest(city.getId());
			var found = plan.flatMap(p -> p.activities().stream().filter(a -> a.id().equals(activityId)).findFirst());
			if (found.isPresent()) {
				return java.util.Optional.of(new PublicActivity(city, found.get(),
						CalendarEvent.of(city, found.get(), plan.get().publishedAt())));
			}
		}
		return java.util.Optional.empty();
	}

	/** A public activity with its city and its calendar events (one per repetition). */
	public record PublicActivity(City city, Activity activity, List<CalendarEvent> events) {
	}

	private List<City> listed(String country, String slug) {
		Criteria criteria = Criteria.where("status").in(CityStatus.LISTED);
		if (country != null) {
			criteria.and("country").is(country);
		}
		if (slug != null) {
			criteria.and("slug").is(slug);
		}
		return mongo.find(Query.query(criteria).with(Sort.by("name")), City.class);
	}

}

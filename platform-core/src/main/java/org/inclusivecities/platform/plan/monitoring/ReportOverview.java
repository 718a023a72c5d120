package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.plan.PublishedPlan;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The secretariat's view of one year's reports across the network: for every listed city whether a report is
 * expected (it had published a plan before the year ended), and if so where it stands — due, overdue (the city is
 * on hold once 31 March has passed), submitted and waiting for review, returned to complete, or accepted.
 */
@Service
public class ReportOverview {

	private final Cities cities;

	private final MonitoringReports reports;

	private final MongoTemplate mongo;

	private final Clock clock;

	ReportOverview(Cities cities, MonitoringReports reports, MongoTemplate mongo, Clock clock) {
		this.cities = cities;
		this.reports = reports;
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Where a city's report of the year stands. */
	public enum State {

		NOT_EXPECTED, DUE, OVERDUE, SUBMITTED, RETURNED, ACCEPTED

	}

	/** One city's line: its state, when it was submitted and the secretariat's latest answer, if any. */
	public record Line(String cityId, String slug, String cityName, String country, State state, LocalDate dueBy,
			Instant submittedAt, ReportReview latestReview) {
	}

	/** A year's overview: every listed city, by name, and how many are in each state. */
	public record Year(int year, LocalDate dueBy, List<Line> lines, Map<State, Long> counts) {

		public long count(State state) {
			return counts.getOrDefault(state, 0L);
		}

		public List<Line> only(State state) {
			return state == null ? lines : lines.stream().filter(l -> l.state() == state).toList();
		}

	}

	/** The report years the overview offers: last year first, then the four before it. */
	public List<Integer> years() {
		int last = LocalDate.now(clock).getYear() - 1;
		return List.of(last + 1, last, last - 1, last - 2, last - 3);
	}

	/** A submitted report waiting for the secretariat's answer, oldest first. */
	public record Awaiting(String slug, String cityName, int year, Instant submittedAt) {
	}

	public List<Awaiting> awaitingReview() {
		List<MonitoringReport> submitted = reports.findAllByStatusOrderBySubmittedAt(ReportStatus.SUBMITTED);
		Map<String, City> byId = cities
			.findAllByIdIn(submitted.stream().map(MonitoringReport::getCityId).collect(Collectors.toSet()))
			.stream()
			.filter(c -> CityStatus.LISTED.contains(c.getStatus()))
			.collect(Collectors.toMap(City::getId, Function.identity()));
		return submitted.stream()
			.filter(r -> byId.containsKey(r.getCityId()))
			.map(r -> new Awaiting(byId.get(r.getCityId()).getSlug(), byId.get(r.getCityId()).getName(), r.getYear(),
					r.getSubmittedAt()))
			.toList();
	}

	public Year of(int year) {
		LocalDate dueBy = MonitoringStatus.DEADLINE.atYear(year + 1);
		LocalDate today = LocalDate.now(clock);
		Map<String, MonitoringReport> byCity = reports.findAllByYear(year)
			.stream()
			.collect(Collectors.toMap(MonitoringReport::getCityId, Function.identity(), (a, b) -> a));
		Set<String> expected = new HashSet<>(mongo.findDistinct(
				Query.query(Criteria.where("publishedAt")
					.lt(LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))),
				"cityId", PublishedPlan.class, String.class));
		List<Line> lines = cities.findAllByStatusIn(CityStatus.LISTED, Pageable.unpaged())
			.stream()
			.sorted(Comparator.comparing(City::getName, String.CASE_INSENSITIVE_ORDER))
			.map(city -> line(city, byCity.get(city.getId()), expected.contains(city.getId()), dueBy, today))
			.toList();
		Map<State, Long> counts = new EnumMap<>(State.class);
		lines.forEach(l -> counts.merge(l.state(), 1L, Long::sum));
		return new Year(year, dueBy, lines, counts);
	}

	private static Line line(City city, MonitoringReport report, boolean expected, LocalDate dueBy, LocalDate today) {
		State state;
		if (report != null && report.getStatus() != ReportStatus.DRAFT) {
			state = switch (report.getStatus()) {
				case SUBMITTED -> State.SUBMITTED;
				case RETURNED -> State.RETURNED;
				default -> State.ACCEPTED;
			};
		}
		else if (!expected) {
			state = State.NOT_EXPECTED;
		}
		else {
			state = today.isAfter(dueBy) ? State.OVERDUE : State.DUE;
		}
		return new Line(city.getId(), city.getSlug(), city.getName(), city.getCountry(), state, dueBy,
				report == null ? null : report.getSubmittedAt(), report == null ? null : report.getLatestReview());
	}

}

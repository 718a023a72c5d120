package org.inclusivecities.platform.directory.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activities;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Baseline;
import org.inclusivecities.platform.plan.Council;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.PublishedPlan;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.monitoring.MonitoringChanged;
import org.inclusivecities.platform.plan.monitoring.MonitoringReport;
import org.inclusivecities.platform.plan.monitoring.MonitoringReportService;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The charter milestones on a city's public profile, as a directory filter and in the open data: judged from what
 * the public may know (a council without public names still counts as formed and shows no names), held in the
 * directory's memory and kept in step by the features' events, not read from the database per request.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class DirectoryMilestonesIntegrationTest {

	static final Editor EDITOR = new Editor("tester", "Tester");

	static final List<String> ALL = List.of("council-formed", "mission", "baseline", "plan-published",
			"activities-held", "indicators-reported", "report-submitted", "accredited");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	IndicatorService indicators;

	@Autowired
	MonitoringReportService reports;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Test
	void theProfileShowsEveryMilestoneInOrderReachedOrNotInWordsAndNoPrivateNames() throws Exception {
		City city = member("Stepstad");
		String id = city.getId();
		LocalDate today = LocalDate.now(clock);
		plans.save(id, PlanPart.COUNCIL, 0, new Council(List.of(
				CouncilMember.create("Zhiddenname", "Zhiddenorg", CouncilProfile.PERSON_IN_RECOVERY, null),
				CouncilMember.create("Zother", "Org", CouncilProfile.POLICY_MAKER, null),
				CouncilMember.create("Zthird", "Org", CouncilProfile.SCIENTIST, null))), EDITOR);
		plans.save(id, PlanPart.MISSION, 0, new Mission("Recovery is visible", null), EDITOR);
		plans.save(id, PlanPart.BASELINE, 0,
				new Baseline(List.of(new Practice(Sector.HOUSING, "Shelters", "Waiting lists")), List.of()), EDITOR);
		plans.save(id, PlanPart.ACTIVITIES, 0, new Activities(List.of(activity("walk", today), activity("cafe", today))),
				EDITOR);
		String profile = "/cities/" + city.getSlug();
		assertThat(steps(html(profile))).as("nothing published: nothing reached").isEmpty();

		publisher.publish(id, EDITOR);
		String page = html(profile);
		assertThat(page).contains("Progress on the charter").contains("5 of 8 milestones reached")
			.containsPattern("<span>Council formed</span>:\\s*<strong class=\"govuk-tag govuk-tag--green\">Reached</strong>")
			.containsPattern("<span>Indicators reported</span>:\\s*<strong class=\"govuk-tag govuk-tag--grey\">Not reached yet</strong>")
			.doesNotContain("Zhiddenname").doesNotContain("Zhiddenorg");
		assertThat(order(page)).containsExactlyElementsOf(ALL);
		assertThat(steps(page)).containsExactly("council-formed", "mission", "baseline", "plan-published",
				"activities-held");
		HtmlChecker.assertValid(page, "profile with milestones");
		assertThat(page).as("the Dutch city's plan is marked as Dutch on an English page (WCAG 3.1.2)")
			.contains("<p class=\"govuk-body ic-prewrap\" lang=\"nl\">Recovery is visible</p>")
			.contains("<td class=\"govuk-table__cell ic-prewrap\" lang=\"nl\">Shelters</td>")
			.contains("<strong lang=\"nl\">walk</strong>");
		assertThat(html(profile + "?lang=nl")).contains("<p class=\"govuk-body ic-prewrap\">Recovery is visible</p>")
			.contains("Voortgang op het charter").contains("5 van 8 mijlpalen bereikt");

		Indicator walkers = indicators.define(id, new IndicatorDefinition("Walkers", "people", null, null, null, null,
				Frequency.values()[0], Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of()));
		indicators.record(id, walkers.getId(), List.of(new Measurement(null, today, 14, null, null)));
		MonitoringReport report = reports.report(id, today.getYear() - 1);
		report = reports.write(id, report.getYear(), report.getVersion(), "We learnt", "We go on", EDITOR);
		reports.submit(id, report.getYear(), report.getVersion(), EDITOR);
		assertThat(steps(html(profile))).containsExactlyElementsOf(ALL.subList(0, 7));
		assertThat(html("/api/v1/cities/" + city.getSlug())).contains("\"milestones\":[\"council-formed\",\"mission\","
				+ "\"baseline\",\"plan-published\",\"activities-held\",\"indicators-reported\",\"report-submitted\"]");
	}

	@Test
	void theDirectoryFiltersOnAReachedMilestoneInThePageTheCsvAndTheApi() throws Exception {
		String tag = "f" + System.nanoTime() % 1_000_000;
		City published = member("Filterstad Published " + tag);
		City starting = member("Filterstad Starting " + tag);
		plans.save(published.getId(), PlanPart.MISSION, 0, new Mission("A mission", null), EDITOR);
		publisher.publish(published.getId(), EDITOR);

		String filtered = html("/cities?q=" + tag + "&milestone=plan-published");
		assertThat(DirectoryPagesIntegrationTest.names(filtered)).containsExactly(published.getName());
		assertThat(filtered).contains("<option value=\"plan-published\" selected=\"selected\">Action plan published</option>");
		assertThat(DirectoryPagesIntegrationTest.names(html("/cities?q=" + tag + "&milestone=mission")))
			.containsExactly(published.getName());
		assertThat(DirectoryPagesIntegrationTest.names(html("/cities?q=" + tag + "&milestone=accredited"))).isEmpty();
		assertThat(DirectoryPagesIntegrationTest.names(html("/cities?q=" + tag + "&milestone=nonsense")))
			.as("an unknown milestone is ignored on the page")
			.containsExactly(published.getName(), starting.getName());
		List<String> csv = html("/cities.csv?q=" + tag).lines().toList();
		assertThat(csv.getFirst()).endsWith(",badges,milestones");
		assertThat(csv).filteredOn(l -> l.startsWith(published.getSlug())).singleElement()
			.satisfies(l -> assertThat(l).endsWith(",mission plan-published"));
		assertThat(csv).filteredOn(l -> l.startsWith(starting.getSlug())).singleElement()
			.satisfies(l -> assertThat(l).endsWith(","));
		assertThat(html("/cities.csv?q=" + tag + "&milestone=plan-published")).contains(published.getSlug())
			.doesNotContain(starting.getSlug());
		assertThat(html("/api/v1/cities?q=" + tag + "&milestone=plan-published")).contains("\"total\":1");
		mvc.perform(get("/api/v1/cities").param("milestone", "nonsense")).andExpect(status().isBadRequest());
	}

	@Test
	void milestonesComeFromMemoryAndChangeWithTheFeaturesEvents() throws Exception {
		City city = member("Eventstad");
		plans.save(city.getId(), PlanPart.MISSION, 0, new Mission("A mission", null), EDITOR);
		publisher.publish(city.getId(), EDITOR);
		String profile = "/cities/" + city.getSlug();
		assertThat(steps(html(profile))).containsExactly("mission", "plan-published");

		// changed behind the platform's back: the directory does not read the database per request
		mongo.remove(Query.query(Criteria.where("cityId").is(city.getId())), PublishedPlan.class);
		assertThat(steps(html(profile))).containsExactly("mission", "plan-published");
		assertThat(DirectoryPagesIntegrationTest.names(html("/cities?q=eventstad&milestone=plan-published")))
			.containsExactly(city.getName());

		// any feature's event about the city makes the directory ask again
		events.publishEvent(new MonitoringChanged(city.getId()));
		assertThat(steps(html(profile))).isEmpty();
		assertThat(DirectoryPagesIntegrationTest.names(html("/cities?q=eventstad&milestone=plan-published"))).isEmpty();
	}

	private City member(String name) {
		City applied = City.apply(new CityProfile(name + " " + System.nanoTime() % 100_000, "NL", null, 40_000L,
				List.of("nl"), null, null), Instant.parse("2024-01-01T00:00:00Z"));
		applied.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z"), "admin", null);
		return cities.save(applied);
	}

	private static Activity activity(String title, LocalDate day) {
		return new Activity(title, title, ActivityType.RECOVERY_WALK, day, day, new Place("Square", null, null),
				Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), true, true);
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** Keys of the milestones the page shows as reached, in order. */
	private static List<String> steps(String html) {
		return matches(html, "<li id=\"milestone-([a-z-]+)\">\\s*<span>[^<]+</span>:\\s*<strong class=\"govuk-tag govuk-tag--green\">");
	}

	/** Keys of every milestone the page lists, in order. */
	private static List<String> order(String html) {
		return matches(html, "<li id=\"milestone-([a-z-]+)\">");
	}

	private static List<String> matches(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		List<String> keys = new java.util.ArrayList<>();
		while (m.find()) {
			keys.add(m.group(1));
		}
		return keys;
	}

}

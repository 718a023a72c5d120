package org.inclusivecities.platform.events;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
@AutoConfigureMockMvc
class EventsIntegrationTest {

	static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-06-15");

	@TestConfiguration
	static class Time {

		@Bean
		@org.springframework.context.annotation.Primary
		MovableClock movableClock() {
			return new MovableClock(NOW);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	Cities cities;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	IndicatorService indicators;

	@Autowired
	CouncilConsents consents;

	@BeforeEach
	void seed() {
		clock.set(NOW);
		if (!cities.existsBySlug("eventstad")) {
			CalendarFixtures.seed(cities, plans, publisher, indicators, consents, TODAY);
		}
	}

	@Test
	void pageListsOnlyPublishedPublicActivitiesOfListedCitiesUpcomingFirst() throws Exception {
		String page = html("/events");
		assertThat(page).contains("3 events").contains("Bike ride of Tweedestad").contains("Past recovery cafe")
			.contains("Walk; with, &quot;quotes&quot;");
		assertThat(page).doesNotContain("Closed council meeting").doesNotContain("Draft only games")
			.doesNotContain("Applicant walk");
		assertThat(page.indexOf("Walk; with")).isLessThan(page.indexOf("Bike ride of Tweedestad"));
		assertThat(page.indexOf("Bike ride of Tweedestad")).isLessThan(page.indexOf("Past recovery cafe"));
		// the map is progressive enhancement over the same result set, read from the API
		assertThat(page).contains("id=\"directory-map\" class=\"ic-map\" hidden")
			.contains("data-source=\"/api/v1/events?size=100\"");
	}

	@Test
	void filtersNarrowThePageAndTheApi() throws Exception {
		assertThat(html("/events?country=BE")).contains("1 event").contains("Bike ride of Tweedestad")
			.doesNotContain("Past recovery cafe");
		assertThat(html("/events?city=eventstad")).contains("2 events").doesNotContain("Bike ride of Tweedestad");
		assertThat(html("/events?type=RECOVERY_CAFE")).contains("1 event").contains("Past recovery cafe");
		String month = TODAY.plusDays(30).toString().substring(0, 7);
		assertThat(html("/events?month=" + month + "&city=eventstad")).contains("1 event").contains("Walk; with");
		mvc.perform(get("/api/v1/events").param("country", "nl"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].title").value(CalendarFixtures.WALK))
			.andExpect(jsonPath("$.items[0].latitude").value(52.373))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost/cities/eventstad/activities/walk-1"));
		mvc.perform(get("/api/v1/events").param("type", "bike-ride"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].citySlug").value("tweedestad"));
		mvc.perform(get("/api/v1/events?size=1&page=1"))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.items[0].title").value("Bike ride of Tweedestad"))
			.andExpect(jsonPath("$.links.next").value("http://localhost/api/v1/events?size=1&page=2"));
	}

	@Test
	void badParametersAreA400ProblemOnTheApiAndExplainedOnThePage() throws Exception {
		for (String[] bad : List.of(new String[] { "month", "13" }, new String[] { "month", "2026-13" },
				new String[] { "size", "0" }, new String[] { "size", "101" }, new String[] { "country", "XYZ" },
				new String[] { "type", "PARTY" }, new String[] { "page", "-1" }, new String[] { "page", "x" })) {
			mvc.perform(get("/api/v1/events").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		mvc.perform(get("/api/v1/events").param("month", "13"))
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		String page = html("/events?month=13&country=XYZ&page=abc");
		assertThat(page).contains("There is a problem").contains("href=\"#month\"").contains("href=\"#country\"")
			.contains("3 events");
		assertThat(page).as("the country field itself says what is wrong and is described by it")
			.containsPattern("govuk-form-group govuk-form-group--error\"[^>]*>\\s*<label class=\"govuk-label\" for=\"country\"")
			.contains("id=\"country-error\"")
			.containsPattern("<select class=\"govuk-select govuk-select--error\" id=\"country\" name=\"country\" aria-describedby=\"country-error\"")
			.doesNotContain("id=\"city-error\"");
	}

	@Test
	void icalendarFeedsCarryPublishedPublicActivitiesWithStableUidsAndGeo() throws Exception {
		Calendar all = ics("/events.ics");
		List<VEvent> events = all.getComponents("VEVENT");
		assertThat(events).extracting(e -> value(e, Property.SUMMARY))
			.containsExactlyInAnyOrder(CalendarFixtures.WALK, "Bike ride of Tweedestad", "Past recovery cafe");
		VEvent walk = events.stream().filter(e -> value(e, Property.SUMMARY).equals(CalendarFixtures.WALK)).findFirst().orElseThrow();
		assertThat(value(walk, Property.UID)).isEqualTo("activity-walk-1@inclusive-cities");
		assertThat(value(walk, Property.DTSTART)).isEqualTo(TODAY.plusDays(30).toString().replace("-", ""));
		assertThat(value(walk, Property.DTSTAMP)).isEqualTo("20260615T100000Z");
		assertThat(value(walk, Property.GEO)).isEqualTo("52.373;4.893");
		assertThat(value(walk, Property.LOCATION)).isEqualTo("Dam square, Amsterdam, Eventstad");
		VEvent ride = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("Bike")).findFirst().orElseThrow();
		assertThat(ride.getProperty(Property.GEO)).isEmpty();

		Calendar one = ics("/cities/eventstad/events.ics");
		assertThat(one.<VEvent>getComponents("VEVENT")).extracting(e -> value(e, Property.UID))
			.containsExactlyInAnyOrder("activity-walk-1@inclusive-cities", "activity-cafe-1@inclusive-cities");
		assertThat(ics("/events.ics").<VEvent>getComponents("VEVENT")).extracting(e -> value(e, Property.UID))
			.contains("activity-walk-1@inclusive-cities");
		mvc.perform(get("/cities/aanvraagdorp/events.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/cities/nowhere/events.ics")).andExpect(status().isNotFound());
	}

	@Test
	void atomFeedAnnouncesPublishedPublicEventsOnly() throws Exception {
		String xml = mvc.perform(get("/events.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn().getResponse().getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactlyInAnyOrder(CalendarFixtures.WALK, "Bike ride of Tweedestad", "Past recovery cafe");
		assertThat(feed.getEntries()).extracting(SyndEntry::getLink).contains("http://localhost/cities/eventstad/activities/walk-1");
	}

	@Test
	void profileShowsThePublishedPlanWithChartTableAndConsentFilteredCouncil() throws Exception {
		String profile = html("/cities/eventstad");
		assertThat(profile).contains("id=\"plan-section\"").contains("Published mission of Eventstad")
			.doesNotContain("Draft mission not for the public").doesNotContain("Draft only games");
		assertThat(profile).contains("Anna Consenting").doesNotContain("Bert Private").contains("Scientist");
		assertThat(profile).contains("Walk; with").doesNotContain("Closed council meeting")
			.doesNotContain("Past recovery cafe");
		assertThat(profile).contains("<canvas id=\"profile-indicator-0-chart\"")
			.contains("class=\"govuk-table__caption govuk-table__caption--s\">Measurements of Walk participants</caption>")
			.contains("321.0").contains("/dist/chart.umd.min.js\"></script>");
		assertThat(html("/cities/tweedestad")).contains("id=\"plan-section\"").doesNotContain("Anna Consenting");
		mvc.perform(get("/cities/aanvraagdorp")).andExpect(status().isNotFound());
	}

	@Test
	void onHoldBadgeOnlyWhenTheYearlyReportIsOverdue() throws Exception {
		assertThat(html("/cities/eventstad")).doesNotContain(">On hold<");
		assertThat(html("/cities?status=on-hold")).contains("value=\"on-hold\"").doesNotContain("Eventstad</a>");
		clock.set(Instant.parse("2027-03-20T10:00:00Z"));
		assertThat(html("/cities/eventstad")).doesNotContain(">On hold<");
		clock.set(Instant.parse("2027-04-02T10:00:00Z"));
		assertThat(html("/cities/eventstad")).contains("<strong class=\"govuk-tag\">On hold</strong>");
		assertThat(html("/cities?status=on-hold")).contains("Eventstad</a>").contains("Tweedestad</a>");
	}

	@Test
	void calendarAndProfilePagesAreValidHtml() throws Exception {
		for (String url : List.of("/events", "/events?month=13&country=XYZ", "/events?city=tweedestad",
				"/cities/eventstad")) {
			HtmlChecker.assertValid(html(url), url);
		}
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private Calendar ics(String url) throws Exception {
		String body = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString();
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

}

package org.inclusivecities.platform.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activities;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Communication;
import org.inclusivecities.platform.plan.CommunicationRow;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.monitoring.MonitoringReportService;
import org.inclusivecities.platform.plan.monitoring.ReportReminderJob;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A city's year of reporting on the movable clock: reminders 60 and 14 days before 31 March and the on-hold notice
 * after it, each once and really delivered over SMTP; the report pre-filled from the plan, refused until every
 * planned activity is marked, submitted (the secretariat told, the city released), returned with feedback, completed,
 * accepted, exported, and shown on the public profile only when the city admin chooses, without notes or reasons.
 */
@PlatformIntegrationTest(properties = { "platform.mail.poll-interval=PT0.2S",
		"platform.web.base-url=https://cities.example/" })
@AutoConfigureMockMvc
@Import(ReportingCycleIntegrationTest.Time.class)
class ReportingCycleIntegrationTest {

	static final Editor EDITOR = new Editor("tester", "Tester");

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2025-11-10T09:00:00Z"));
		}

	}

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	IndicatorService indicators;

	@Autowired
	MonitoringReportService reports;

	@Autowired
	ReportReminderJob reminders;

	@Autowired
	Outbox outbox;

	@Test
	void aYearOfReportingFromReminderToAcceptanceAndTheProfile() throws Exception {
		City city = Seeds.member(cities, "Reportstad", "NL");
		City other = Seeds.member(cities, "Elders", "NL");
		Person ada = person("ada@reportstad.example", city, Role.CITY_ADMIN);
		Person cora = person("cora@reportstad.example", city, Role.COUNCIL_MEMBER);
		Person bob = person("bob@elders.example", other, Role.CITY_ADMIN);
		Person sam = Person.create("sam@secretariat.example", "Sam Secretariat", Language.EN, clock.instant());
		sam.makeNetworkAdmin();
		sam = people.save(sam);
		plans.save(city.getId(), PlanPart.ACTIVITIES, 0, new Activities(List.of(
				activity("walk", "Recovery walk", LocalDate.of(2025, 12, 6)),
				activity("cafe", "Recovery cafe", LocalDate.of(2025, 12, 20)))), EDITOR);
		plans.save(city.getId(), PlanPart.COMMUNICATION, 0, new Communication(List.of(
				new CommunicationRow("Neighbours", "Recovery is visible", "Flyers", "Owner Olga Private", "December"))),
				EDITOR);
		Indicator walkers = indicators.define(city.getId(), new IndicatorDefinition("Walkers", "people", 100d,
				LocalDate.of(2025, 1, 1), 300d, LocalDate.of(2026, 12, 31), Frequency.YEARLY, Set.of(), List.of()));
		publisher.publish(city.getId(), EDITOR);
		clock.set(Instant.parse("2025-12-21T09:00:00Z"));
		indicators.record(city.getId(), walkers.getId(),
				List.of(new Measurement(null, LocalDate.of(2025, 12, 6), 150, "Count", null)));
		String page = "/my/cities/" + city.getSlug() + "/plan/reports/2025";

		// 70 days before the deadline: nothing yet; 58 days: the first reminder, once
		at("2026-01-20");
		reminders.run();
		assertThat(mails(cora, "monitoring-report-reminder")).isEmpty();
		at("2026-02-01");
		reminders.run();
		reminders.run();
		assertThat(mails(cora, "monitoring-report-reminder")).hasSize(1);
		assertThat(mails(ada, "monitoring-report-reminder")).hasSize(1);
		assertThat(mails(bob, "monitoring-report-reminder")).as("not a city that owes a report").isEmpty();
		MimeMessage reminder = smtp.awaitMailWithSubject("The report 2025 of Reportstad is due soon", cora.getEmail());
		assertThat(TestMailServer.plainText(reminder)).contains("due by 31 March 2026 (in 58 days)",
				"https://cities.example" + page);
		at("2026-03-20");
		reminders.run();
		assertThat(mails(cora, "monitoring-report-reminder")).as("the 14-day reminder, not the 60-day one again")
			.hasSize(2);
		at("2026-04-02");
		reminders.run();
		reminders.run();
		assertThat(mails(cora, "monitoring-report-on-hold")).hasSize(1);
		smtp.awaitMailWithSubject("Reportstad is on hold: the report 2025 is missing", cora.getEmail());

		// pre-filled: the planned activities to mark, the indicator's progress, the communication without its owner
		String report = body(as(cora, get(page)).andExpect(status().isOk()));
		assertThat(report).contains("Recovery walk", "Recovery cafe", "2 activities are still to mark", "Walkers",
				"25%", "Recovery is visible").doesNotContain("Owner Olga Private");
		as(cora, post(page).param("version", version(city)).param("reflection", "We walked")
			.param("nextSteps", "Walk more")).andExpect(status().is3xxRedirection());
		assertThat(body(as(cora, post(page + "/submit").param("version", version(city))).andExpect(status().isBadRequest())))
			.contains("2 planned activities are not marked yet");
		assertThat(body(as(cora, post(page + "/activities/walk").param("version", version(city)).param("held", "false"))
			.andExpect(status().isBadRequest()))).contains("href=\"#reason\"");
		assertThat(body(as(cora, post(page + "/activities/walk").param("version", version(city)).param("held", "true")
			.param("participants", "-4")).andExpect(status().isBadRequest()))).contains("Enter a number of zero or more");
		as(cora, post(page + "/activities/walk").param("version", version(city)).param("held", "true")
			.param("participants", "40").param("notes", "Note Nora private")).andExpect(status().is3xxRedirection());
		as(cora, post(page + "/activities/cafe").param("version", version(city)).param("held", "false")
			.param("reason", "Reason Rita private")).andExpect(status().is3xxRedirection());
		as(cora, get(page + "/activities/unknown")).andExpect(status().isNotFound());

		// another city cannot see or change it; nor can a city person reach the secretariat's pages
		as(bob, get(page)).andExpect(status().isNotFound());
		as(bob, post(page + "/activities/walk").param("version", version(city)).param("held", "false")
			.param("reason", "x")).andExpect(status().isNotFound());
		as(cora, get("/admin/reports")).andExpect(status().isForbidden());

		as(cora, post(page + "/submit").param("version", version(city))).andExpect(status().is3xxRedirection());
		assertThat(mails(sam, "monitoring-report-submitted")).hasSize(1);
		assertThat(mails(cora, "monitoring-report-released")).hasSize(1);
		MimeMessage submitted = smtp.awaitMailWithSubject("The report 2025 of Reportstad is submitted", sam.getEmail());
		assertThat(TestMailServer.plainText(submitted))
			.contains("https://cities.example/admin/reports/" + city.getSlug() + "/2025");

		// the secretariat: the home and the overview show it waiting; the review needs feedback to return it
		assertThat(body(as(sam, get("/admin")).andExpect(status().isOk()))).contains("1 report is waiting for your review");
		assertThat(body(as(sam, get("/admin/reports?year=2025&state=SUBMITTED")).andExpect(status().isOk())))
			.contains("Reportstad").doesNotContain("Elders");
		String review = "/admin/reports/" + city.getSlug() + "/2025";
		assertThat(body(as(sam, get(review)).andExpect(status().isOk()))).contains("Recovery walk", "Reason Rita private");
		assertThat(body(as(sam, post(review + "/review").param("version", version(city)).param("verdict", "returned"))
			.andExpect(status().isBadRequest()))).contains("href=\"#feedback\"");
		as(sam, post(review + "/review").param("version", version(city)).param("verdict", "returned")
			.param("feedback", "Please add what the cafe would have needed")).andExpect(status().is3xxRedirection());
		MimeMessage returned = smtp.awaitMailWithSubject("The secretariat answered on the report 2025 of Reportstad",
				cora.getEmail());
		assertThat(TestMailServer.plainText(returned)).contains("asks to complete",
				"Please add what the cafe would have needed");
		assertThat(body(as(cora, get(page)).andExpect(status().isOk()))).contains("Returned: please complete",
				"Please add what the cafe would have needed", "Submit the report");
		as(sam, post(review + "/review").param("version", version(city)).param("verdict", "accepted"))
			.andExpect(status().isConflict());

		as(cora, post(page + "/activities/cafe").param("version", version(city)).param("held", "false")
			.param("reason", "The venue closed; a bigger room is needed")).andExpect(status().is3xxRedirection());
		as(cora, post(page + "/submit").param("version", version(city))).andExpect(status().is3xxRedirection());
		as(sam, post(review + "/review").param("version", version(city)).param("verdict", "accepted")
			.param("feedback", "Thank you")).andExpect(status().is3xxRedirection());
		assertThat(body(as(sam, get("/admin/reports.csv?year=2025")).andExpect(status().isOk())))
			.contains("Reportstad,NL,2025,ACCEPTED,2026-03-31").contains("Elders,NL,2025,NOT_EXPECTED");

		// the PDF carries the same report
		byte[] pdf = as(cora, get(page + "/report.pdf")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(PdfText.of(pdf)).contains("Recovery walk", "Accepted by the secretariat", "We walked");

		// public only when the city admin chooses, and never the notes, reasons, feedback or names
		String profile = "/cities/" + city.getSlug();
		assertThat(body(mvc.perform(get(profile)).andExpect(status().isOk()))).doesNotContain("Yearly monitoring reports");
		as(cora, post(page + "/profile").param("version", version(city)).param("show", "true"))
			.andExpect(status().isNotFound());
		as(ada, post(page + "/profile").param("version", version(city)).param("show", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(body(mvc.perform(get(profile)).andExpect(status().isOk())))
			.contains("Yearly monitoring reports", "Report 2025, accepted by the network", "Recovery walk: held, 40 took part",
					"Recovery cafe: not held", "We walked")
			.doesNotContain("Note Nora private", "bigger room", "Thank you", "Sam Secretariat", cora.getDisplayName());
	}

	private void at(String day) {
		clock.set(LocalDate.parse(day).atTime(6, 30).toInstant(java.time.ZoneOffset.UTC));
	}

	private List<OutboxMail> mails(Person person, String template) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> template.equals(m.getTemplate()))
			.toList();
	}

	private String version(City city) {
		return String.valueOf(reports.report(city.getId(), 2025).getVersion());
	}

	private ResultActions as(Person person, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(signedIn(people.findById(person.getId()).orElseThrow())))
			.with(csrf()));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private Person person(String email, City city, Role role) {
		return Seeds.person(people, email, email.substring(0, email.indexOf('@')) + " Person", city, role,
				clock.instant());
	}

	private static Activity activity(String id, String title, LocalDate date) {
		return new Activity(id, title, ActivityType.RECOVERY_WALK, date, date, new Place("Park", null, null),
				Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), false, true);
	}

}

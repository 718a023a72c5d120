package org.inclusivecities.platform.accreditation.feedback;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feedback that helps the city, through the pages: every review in mails the secretariat, who writes the
 * meta-review (field errors, 409 before all reviews are in, 404 for others) and decides "not yet" with an
 * improvement plan; the city reads the meta-review, each criterion's scores and each summary, the plan and the
 * next step on its waiting list; it asks again and the secretariat and the city see what changed in the plan; the
 * second round accredits. On every page, mail and PDF the city reaches, no reviewer's name, address or city.
 */
@PlatformIntegrationTest(properties = "platform.web.base-url=https://cities.example/")
@AutoConfigureMockMvc
@Import(AccreditationNetwork.Setup.class)
class FeedbackPagesIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	RequestsInReview requests;

	@Autowired
	Outbox outbox;

	@Autowired
	MongoConverter converter;

	@Test
	void theCityReadsBlindFeedbackWithAnImprovementPlanAndAsksAgainShowingWhatChanged() throws Exception {
		City city = network.city("Feedbackton", 90_000L, "nl", clock.instant());
		City other = network.city("Elsewhereton", 90_000L, "nl", clock.instant());
		Person admin = person("Fiona Feedbackton", city, Role.CITY_ADMIN);
		Person otherAdmin = person("Otto Elsewhereton", other, Role.CITY_ADMIN);
		Person secretariat = network.secretariat("sec.feedback@example.org", "Sera Secretariat", Language.EN,
				clock.instant());
		List<Person> reviewers = new ArrayList<>();
		List<City> reviewerCities = new ArrayList<>();
		for (String name : List.of("Quillbury", "Rookhaven", "Sparrowdale", "Tinkerford")) {
			City home = network.city(name, 70_000L, "nl", clock.instant());
			reviewerCities.add(home);
			reviewers.add(network.nominate(person("Reviewer " + name + "son", home, Role.REVIEWER), home.getId(),
					new ReviewerProfile(Set.of("nl"), Set.of(), 2)));
		}
		String id = ask(city, admin, "Nobody walks alone", 1);
		String cityPage = "/my/cities/" + city.getSlug() + "/accreditation";
		String adminPage = "/admin/accreditation/" + id;

		// the meta-review waits for every review
		AccreditationRequest confirmed = network.routeAndConfirm(secretariat, id);
		mvc.perform(post(adminPage + "/meta-review").with(as(secretariat)).with(csrf()).param("metaReview", "Early"))
			.andExpect(status().isConflict());
		List<String> seated = confirmed.currentSeats().stream().map(ReviewerSeat::reviewerId).toList();
		for (int i = 0; i < seated.size(); i++) {
			network.reviews().submit(seated.get(i), id, AccreditationNetwork.scores(2 + i, "Evidence " + i + " on "),
					Recommendation.NOT_YET, "Summary of review " + (i + 1) + ": monitoring is thin");
		}
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.REVIEWED);

		// all reviews in: the secretariat is mailed, with the link to the request
		OutboxMail allIn = lastMail(secretariat.getEmail(), "review-all-in");
		assertThat(allIn.getSubject()).isEqualTo("All reviews of Feedbackton are in");
		assertThat(allIn.getTextBody()).contains("https://cities.example/admin/accreditation/" + id,
				"Write the meta-review");

		// before the decision the city sees how far the review is, not the reviews
		mvc.perform(get(cityPage).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3 of 3"),
					not(containsString("Feedback from the review")), not(containsString("Summary of review")))));

		// the secretariat writes the meta-review, after a field error; others cannot
		mvc.perform(get(adminPage).with(as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the meta-review")));
		mvc.perform(post(adminPage + "/meta-review").with(as(secretariat)).with(csrf()).param("metaReview", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#metaReview\""),
					containsString("Enter the meta-review"))))
			.andDo(r -> HtmlChecker.assertValid(r.getResponse().getContentAsString(), "meta-review error"));
		mvc.perform(post(adminPage + "/meta-review").with(as(admin)).with(csrf()).param("metaReview", "Mine"))
			.andExpect(status().is4xxClientError());
		mvc.perform(post(adminPage + "/meta-review").with(as(secretariat)).with(csrf())
			.param("metaReview", "The council is strong; monitoring needs indicators with baselines."))
			.andExpect(redirectedUrl(adminPage + "#meta-review"));
		assertThat(requests.byId(id).orElseThrow().metaReview()).isPresent();

		// "not yet" needs an improvement plan
		mvc.perform(post(adminPage + "/decision").with(as(secretariat)).with(csrf())
			.param("outcome", "NOT_YET").param("reasons", "Monitoring is not there yet"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#improvementText-0\""),
					containsString("comes with an improvement plan"))));
		mvc.perform(post(adminPage + "/decision").with(as(secretariat)).with(csrf())
			.param("outcome", "NOT_YET").param("reasons", "Monitoring is not there yet")
			.param("improvementText", "Add three indicators with a baseline", "")
			.param("improvementDue", "", "2099-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Enter the date by which this should change"),
					containsString("Describe what to change by this date"))));
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.REVIEWED);
		mvc.perform(post(adminPage + "/decision").with(as(secretariat)).with(csrf())
			.param("outcome", "NOT_YET").param("reasons", "Monitoring is not there yet")
			.param("improvementText", "Add three indicators with a baseline")
			.param("improvementDue", "2099-01-01"))
			.andExpect(redirectedUrl(adminPage));
		mvc.perform(get(adminPage).with(as(secretariat)))
			.andExpect(content().string(allOf(containsString("Add three indicators with a baseline"),
					not(containsString("name=\"metaReview\"")))));

		// the city reads the feedback, blind, with the improvement plan; the decision mail carries it too
		String page = mvc.perform(get(cityPage).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Feedback from the review"),
					containsString("The council is strong; monitoring needs indicators with baselines."),
					containsString("Reviewer 1"), containsString("Reviewer 3"), containsString("2 of 5"),
					containsString("4 of 5"), containsString("Summary of review 2: monitoring is thin"),
					containsString("Evidence 0 on MONITORING"), containsString("Improvement plan"),
					containsString("Add three indicators with a baseline (by 1 January 2099)"),
					containsString("Ask for accreditation again"))))
			.andReturn().getResponse().getContentAsString();
		HtmlChecker.assertValid(page, "city page with feedback");
		OutboxMail decision = lastMail(admin.getEmail(), "accreditation-decision");
		assertThat(decision.getTextBody()).contains("Add three indicators with a baseline",
				"The council is strong; monitoring needs indicators with baselines.", "without their names");
		String home = mvc.perform(get("/my").with(as(admin))).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("Work on the improvement plan of Feedbackton, then ask for accreditation again",
				"href=\"" + cityPage + "\"");
		String appeal = mvc.perform(get(cityPage + "/requests/" + id + "/appeal").with(as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> cityCanRead = new ArrayList<>(List.of(page, home, appeal, decision.getTextBody(),
				decision.getHtmlBody(), decision.getSubject()));

		// another city reaches none of it
		mvc.perform(get(cityPage).with(as(otherAdmin))).andExpect(status().isNotFound());
		mvc.perform(get(cityPage + "/requests/" + id + "/appeal").with(as(otherAdmin)))
			.andExpect(status().isNotFound());

		// the city asks again with a changed plan: both sides see what changed since the last request
		String again = ask(city, admin, "Nobody walks alone, and we count who joins", 2);
		assertThat(again).isNotEqualTo(id);
		assertThat(requests.byId(again).orElseThrow().getPreviousRequestId()).isEqualTo(id);
		String resubmitted = mvc.perform(get(cityPage).with(as(admin)))
			.andExpect(content().string(allOf(containsString("What changed since the last request"),
					containsString("Nobody walks alone, and we count who joins"), containsString("Removed"),
					containsString("Added"), containsString("plan version 1 then, version 2 now"),
					containsString("Resubmission"))))
			.andReturn().getResponse().getContentAsString();
		HtmlChecker.assertValid(resubmitted, "city page with a resubmission");
		cityCanRead.add(resubmitted);
		cityCanRead.add(mvc.perform(get(cityPage + "/requests/" + again + "/withdraw").with(as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		mvc.perform(get("/admin/accreditation").with(as(secretariat)))
			.andExpect(content().string(containsString("Asked again after a \u201cnot yet\u201d")));
		mvc.perform(get("/admin/accreditation/" + again).with(as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What changed since the last request"),
					containsString("The improvement plan of the last decision asked for:"),
					containsString("Add three indicators with a baseline"))))
			.andDo(r -> HtmlChecker.assertValid(r.getResponse().getContentAsString(), "secretariat resubmission"));

		// the second round accredits: certificate page and PDF, still blind
		network.reviewEverySeat(network.routeAndConfirm(secretariat, again), AccreditationNetwork.scores(5, "Now "),
				Recommendation.ACCREDIT, "Indicators are in place");
		mvc.perform(post("/admin/accreditation/" + again + "/decision").with(as(secretariat)).with(csrf())
			.param("outcome", "ACCREDIT").param("reasons", "Meets the charter"))
			.andExpect(redirectedUrl("/admin/accreditation/" + again));
		String code = requests.byId(again).orElseThrow().getDecision().certificateCode();
		cityCanRead.add(mvc.perform(get(cityPage).with(as(admin))).andReturn().getResponse().getContentAsString());
		cityCanRead.add(lastMail(admin.getEmail(), "accreditation-decision").getTextBody());
		cityCanRead.add(mvc.perform(get("/accreditations/" + code)).andReturn().getResponse().getContentAsString());
		byte[] pdf = mvc.perform(get("/accreditations/" + code + "/certificate.pdf"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PdfReader reader = new PdfReader(pdf)) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Feedbackton");
			cityCanRead.add(text);
		}

		// blind review: no reviewer's name, address or city anywhere the city reaches
		for (String read : cityCanRead) {
			for (Person reviewer : reviewers) {
				assertThat(read).doesNotContain(reviewer.getDisplayName(), reviewer.getEmail(), reviewer.getId());
			}
			for (City reviewerCity : reviewerCities) {
				assertThat(read).doesNotContain(reviewerCity.getName(), reviewerCity.getId());
			}
		}
	}

	/** The city's admin asks with a plan whose mission is this text, frozen as the plan feature stores it. */
	private String ask(City city, Person admin, String mission, long version) {
		Document plan = (Document) converter.convertToMongoType(new org.inclusivecities.platform.plan.PlanSnapshot(null,
				new Mission(mission, "A city where recovery is seen"), null, null, null, null, null));
		LocalDate from = LocalDate.now(clock).plusMonths(2);
		return network.ask(city.getId(), admin, new PlanSnapshot(Map.copyOf(plan), version, clock.instant()),
				Set.of("nl"), new Period(from, from.plusMonths(1)));
	}

	private Person person(String name, City city, Role role) {
		return network.person(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org", name,
				Language.EN, city.getId(), role, clock.instant(), "test");
	}

	private OutboxMail lastMail(String recipient, String template) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(recipient)
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + template + " mail to " + recipient));
	}

	private static RequestPostProcessor as(Person person) {
		return authentication(signedIn(person));
	}

}

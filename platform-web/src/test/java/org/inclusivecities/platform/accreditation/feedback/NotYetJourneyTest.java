package org.inclusivecities.platform.accreditation.feedback;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.PlanFreezer;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Not yet" with an improvement plan, then a resubmission, in the browser at both widths with axe on every page:
 * the secretariat writes the meta-review (after its field error) and decides "not yet" with what to change and by
 * when (after the missing-plan error); the city admin follows the item waiting for them, reads the meta-review and
 * the reviewers' scores and summaries without their names, and asks again once the plan changed; the city and the
 * secretariat both see what changed since the last request.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(AccreditationNetwork.Setup.class)
class NotYetJourneyTest {

	@Autowired
	Clock clock;

	static final String PASSWORD = "a long enough passphrase 42";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanFreezer freezer;

	@Autowired
	RequestsInReview requests;

	@ParameterizedTest
	@EnumSource(Width.class)
	void notYetComesWithAnImprovementPlanAndTheResubmissionShowsWhatChanged(Width width) {
		String suffix = width == Width.DESKTOP ? "stad" : "dorp";
		String cityName = "Retry" + suffix;
		City city = network.city(cityName, 80_000L, "nl", clock.instant());
		Person admin = person("Rosa " + cityName, city, Role.CITY_ADMIN);
		Person secretariat = withPassword(network.secretariat("sec-" + suffix + "@example.org", "Sol Secretariat",
				Language.EN, clock.instant()));
		List<Person> reviewers = new ArrayList<>();
		for (String name : List.of("Ash", "Birch", "Cedar", "Dogwood")) {
			City home = network.city(name + suffix, 70_000L, "nl", clock.instant());
			reviewers.add(network.nominate(person("Reviewer " + name + suffix, home, Role.REVIEWER), home.getId(),
					new ReviewerProfile(Set.of("nl"), Set.of(), 2)));
		}
		Editor editor = new Editor(admin.getId(), admin.getDisplayName());
		plans.save(city.getId(), PlanPart.MISSION, plans.draft(city.getId()).mission().version(),
				new Mission("Recovery is visible in " + cityName, null), editor);
		LocalDate from = LocalDate.now(clock).plusMonths(1);
		String id = network.ask(city.getId(), admin, freezer.freeze(city.getId()).snapshot(), Set.of("nl"),
				new Period(from, from.plusMonths(1)));
		AccreditationRequest confirmed = network.routeAndConfirm(secretariat, id);
		int n = 0;
		for (ReviewerSeat seat : confirmed.currentSeats()) {
			n++;
			network.reviews().submit(seat.reviewerId(), id, AccreditationNetwork.scores(n + 1, "Seen by reviewer " + n + " in "),
					Recommendation.NOT_YET, "Summary " + n + ": indicators are missing");
		}
		String base = "http://localhost:" + port;

		// the secretariat consolidates the reviews and decides "not yet" with an improvement plan
		browser.at(width).signIn(base, secretariat.getEmail(), PASSWORD);
		browser.clickInNavigation("Secretariat").click("Accreditation requests").click(cityName);
		assertThat(browser.text()).contains("Write the meta-review");
		browser.click("Save the meta-review");
		assertThat(browser.text()).contains("There is a problem", "Enter the meta-review");
		browser.type("metaReview", "A strong council; add indicators with a baseline before asking again.")
			.click("Save the meta-review");
		assertThat(browser.text()).contains("Meta-review saved.",
				"A strong council; add indicators with a baseline before asking again.");
		browser.find(By.cssSelector("label[for='outcome-NOT_YET']")).click();
		browser.type("reasons", "Monitoring is not in place yet").click("Record the decision");
		assertThat(browser.text()).contains("There is a problem", "comes with an improvement plan");
		String due = LocalDate.now(clock).plusMonths(4).toString();
		browser.find(By.cssSelector("label[for='outcome-NOT_YET']")).click();
		browser.type("improvementText-0", "Set three indicators with a baseline").type("improvementDue-0", due)
			.click("Record the decision");
		assertThat(browser.text()).contains("Decision recorded: the city is not yet accredited.",
				"Set three indicators with a baseline");

		// the city admin follows what waits for them and reads the feedback, without the reviewers' names
		browser.signIn(base, admin.getEmail(), PASSWORD);
		browser.clickInNavigation("My workspace")
			.click("Work on the improvement plan of " + cityName + ", then ask for accreditation again");
		assertThat(browser.text()).contains("Feedback from the review",
				"A strong council; add indicators with a baseline before asking again.", "Reviewer 1", "Reviewer 3",
				"Summary 2: indicators are missing", "Set three indicators with a baseline", "Ask for accreditation again");
		for (Person reviewer : reviewers) {
			assertThat(browser.text()).doesNotContain(reviewer.getDisplayName());
		}
		browser.find(By.xpath("//summary[normalize-space(.)='What reviewer 1 based each score on']")).click();
		assertThat(browser.text()).contains("Seen by reviewer 1 in MONITORING");

		// the city works on its plan, then asks again: the new request shows what changed
		plans.save(city.getId(), PlanPart.MISSION, plans.draft(city.getId()).mission().version(),
				new Mission("Recovery is visible in " + cityName + ", and we measure it", null), editor);
		browser.type("reviewFrom", from.plusMonths(2).toString()).type("reviewTo", from.plusMonths(3).toString())
			.click("Ask for accreditation");
		assertThat(browser.text()).contains("Your request for accreditation has been sent to the secretariat.",
				"Resubmission", "What changed since the last request", "Recovery is visible in " + cityName
						+ ", and we measure it", "Removed", "Added");
		String again = requests.withStatus(RequestStatus.AWAITING_REVIEWERS)
			.stream()
			.filter(r -> r.getCityId().equals(city.getId()))
			.findFirst()
			.orElseThrow()
			.getId();
		assertThat(requests.byId(again).orElseThrow().getPreviousRequestId()).isEqualTo(id);

		// the secretariat sees the resubmission next to the improvement plan it answers
		browser.signIn(base, secretariat.getEmail(), PASSWORD);
		browser.clickInNavigation("Secretariat").click("Accreditation requests");
		browser.find(By.cssSelector("a[href='/admin/accreditation/" + again + "']")).click();
		browser.assertAccessible();
		assertThat(browser.text()).contains("What changed since the last request",
				"The improvement plan of the last decision asked for:", "Set three indicators with a baseline",
				"and we measure it");
	}

	private Person person(String name, City city, Role role) {
		return withPassword(network.person(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org", name,
				Language.EN, city.getId(), role, clock.instant(), "test"));
	}

	private Person withPassword(Person person) {
		person.changePassword(passwords.encode(PASSWORD));
		return people.save(person);
	}

}

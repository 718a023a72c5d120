package org.inclusivecities.platform.demo;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.join.ApplicationContact;
import org.inclusivecities.platform.join.NetworkApplications;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeTestContent;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.Seeds;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phone first (WCAG 1.4.10): a city admin with a demo city's whole plan and the secretariat click from their homes
 * to every signed-in page with a table, at the desktop and at 390 px, where each page is also measured at 320 px. On
 * the phone no page scrolls sideways (the {@link Browser} measures it), and at both widths every table sits in a
 * labelled, focusable region named by its caption, the one pattern that lets a wide table scroll on its own.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReflowJourneyTest {

	@Autowired
	Clock clock;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	DemoPlans plans;

	@Autowired
	PracticeEditing editing;

	@Autowired
	NetworkApplications applications;

	@Autowired
	Outbox outbox;

	@Autowired
	ReviewerPoolService pool;

	/** The captions of the tables this journey has seen, to prove it really went where the tables are. */
	private final Set<String> tables = new LinkedHashSet<>();

	@ParameterizedTest
	@EnumSource(Width.class)
	void aCityAdminReachesEveryTableOfTheWorkspaceAndEachFits(Width width) {
		String name = width == Width.DESKTOP ? "Reflowton" : "Reflowdorp";
		City city = Seeds.member(cities, name, "GB");
		Person admin = Seeds.withPassword(people, passwords, Seeds.person(people,
				"admin@" + city.getSlug() + ".example", "Morag Reflow", city, Role.CITY_ADMIN, clock.instant()));
		plans.seed(DemoPlans.PLANS.get(2), city.getId(), new Editor(admin.getId(), admin.getDisplayName()));
		String practice = "Recovery choir of " + name;
		editing.create(city.getId(), PracticeTestContent.content(practice), admin.getId());
		browser.at(width).alsoAtReflowWidth().signIn(base(), admin.getEmail(), Seeds.PASSWORD);

		browser.clickInNavigation("My workspace").click(name);
		browser.click("Action plan");
		for (String part : List.of("Council", "Goals", "Baseline (startfoto)", "Activities", "Communication plan",
				"Published versions and what changed")) {
			visit(part);
			browser.click("Back to the action plan");
		}
		visit("Indicators and measurements");
		visit("Recovery café visitors");
		browser.click("Back to indicators").click("Back to the action plan");
		visit("Yearly monitoring reports");
		visit("Monitoring report " + LocalDate.now(clock).getYear());
		browser.click("Back to the reports").click("Back to the action plan").click("Back to the city's workspace");

		visit("Members and invitations");
		browser.click("Back to the city's workspace");
		visit("Our practices");
		visit(practice);

		assertThat(tables).as("tables seen").contains("Members", "Goals", "Stakeholder map", "Schedule",
				"Published versions", "Indicators", "Measurements of Recovery café visitors", "Indicators against their targets",
				"Our practices");
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void theSecretariatReachesEveryTableOfItsHomeAndEachFits(Width width) {
		String name = width == Width.DESKTOP ? "Reflowburgh" : "Reflowstad";
		String contact = "contact@" + name.toLowerCase() + ".example";
		applications.apply(new CityProfile(name, "NL", null, 80_000L, List.of("nl"), null, null),
				new ApplicationContact("Contact " + name, contact, Language.EN), DemoData.charter(name),
				"charter.pdf", LocalDate.now(clock).minusWeeks(2));
		Person secretariat = Person.create("secretariat@" + name.toLowerCase() + ".example", "Sam Reflow", Language.EN,
				clock.instant());
		secretariat.makeNetworkAdmin();
		secretariat.changePassword(passwords.encode(Seeds.PASSWORD));
		secretariat = people.save(secretariat);
		City member = Seeds.member(cities, name + " Member", "NL");
		Person reviewer = Seeds.person(people, "reviewer@" + member.getSlug() + ".example", "Rita Reflow", member,
				Role.REVIEWER, clock.instant());
		pool.nominate(member.getId(), reviewer.getId(), new ReviewerProfile(Set.of("nl", "en"),
				Set.of("recovery-walk", "employment"), 2), secretariat.getId());
		String subject = outbox.findAllByRecipientOrderByCreatedAtDesc(contact).getFirst().getSubject();
		browser.at(width).alsoAtReflowWidth().signIn(base(), secretariat.getEmail(), Seeds.PASSWORD);

		browser.clickInNavigation("Secretariat");
		for (String page : List.of("Applications to join", "Monitoring reports", "Outbox")) {
			visit(page);
			browser.click("Back to the secretariat");
		}
		visit("Cities");
		visit(name);
		browser.click("Back to cities").click("Back to the secretariat");
		visit("Accreditation requests");
		visit("Reviewer pool of the network: load, conflicts and ties");
		browser.click("Back to accreditation requests").click("Back to the secretariat");
		visit("Outbox");
		browser.click(subject);
		assertThat(browser.find(By.cssSelector("main pre")).getCssValue("white-space")).isEqualTo("pre-wrap");

		assertThat(tables).as("tables seen").contains("Waiting for a decision", "Cities", "History",
				"Outbox", "Requests by status", "Reviewers of the network");
	}

	/** Clicks to the page and checks that each of its tables is in a region its caption names. */
	private void visit(String link) {
		browser.click(link);
		for (WebElement table : browser.driver().findElements(By.cssSelector("main table"))) {
			WebElement region = table.findElement(By.xpath(".."));
			WebElement caption = table.findElement(By.tagName("caption"));
			String where = browser.driver().getCurrentUrl();
			assertThat(region.getAttribute("class")).as("region of a table on %s", where).contains("ic-table-scroll");
			assertThat(region.getAttribute("role")).as("role of a table's region on %s", where).isEqualTo("region");
			assertThat(region.getAttribute("tabindex")).as("tabindex of a table's region on %s", where).isEqualTo("0");
			assertThat(caption.getAttribute("id")).as("caption naming a table's region on %s", where)
				.isNotBlank()
				.isEqualTo(region.getAttribute("aria-labelledby"));
			tables.add(caption.getAttribute("textContent").strip());
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

}

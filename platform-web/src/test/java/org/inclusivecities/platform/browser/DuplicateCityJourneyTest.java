package org.inclusivecities.platform.browser;

import java.time.Clock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city that is already a member applies again under another name: the applicant is warned and confirms, the
 * secretariat sees the flag, approves with a confirmation and merges the record into the existing city, which is then
 * the only one in the public directory; the applicant follows the application from the confirmation mail's link.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.mail.poll-interval=PT0.2S")
class DuplicateCityJourneyTest {

	@Autowired
	Clock clock;

	@RegisterExtension
	static Browser browser = new Browser();

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aLikelyDuplicateIsFlaggedAndMergedIntoTheExistingCity(Width width) throws Exception {
		String base = "http://localhost:" + port;
		String prefix = width == Width.DESKTOP ? "Wide" : "Narrow";
		String existingName = "Zaventem " + prefix;
		String duplicateName = "Stad Zaventem " + prefix;
		String secretariat = "secretariat-" + prefix.toLowerCase() + "@duplicates.example";
		String contact = "an-" + prefix.toLowerCase() + "@zaventem.example";
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		fixtures.networkAdmin(secretariat, "secretariat duplicate password");
		City existing = City.apply(new CityProfile(existingName, "BE", null, 34_000L, List.of("nl"),
				new Coordinates(width == Width.DESKTOP ? 12.0 : 14.0, 80.0), null), clock.instant());
		existing.moveTo(CityStatus.MEMBER, clock.instant(), null, null);
		existing = cities.save(existing);
		fixtures.person("admin-" + prefix.toLowerCase() + "@zaventem.example", null, existing, Role.CITY_ADMIN);
		Path charter = Files.createTempFile("charter", ".pdf");
		Files.write(charter, "%PDF-1.4\n% signed charter of Zaventem\n%%EOF\n".getBytes());

		browser.at(width);
		browser.driver().manage().deleteAllCookies();
		browser.open(base + "/?lang=en").clickInNavigation("Join the network");
		browser.type("name", duplicateName).type("population", "34000");
		new Select(browser.find(By.id("country"))).selectByValue("BE");
		browser.find(By.id("languages-nl")).click();
		browser.type("contactName", "An Wouters").type("contactEmail", contact);
		browser.find(By.id("contactLanguage")).click();
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-01-15'",
				browser.find(By.id("councilDecisionDate")));
		browser.find(By.id("charter")).sendKeys(charter.toAbsolutePath().toString());
		browser.click("Send application");
		assertThat(browser.text()).contains("Is your city already in the network?")
			.contains(existingName)
			.contains("the same name in the same country")
			.contains("Your charter file");
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(duplicateName);
		browser.find(By.id("differentCity")).click();
		browser.click("Send application");
		assertThat(browser.text()).contains("Application received").contains(contact);
		MimeMessage received = smtp.awaitMailWithSubject("We received the application of " + duplicateName, contact);
		Matcher status = Pattern.compile("http://localhost:\\d+/join/status/[A-Za-z0-9_-]{43}")
			.matcher(TestMailServer.plainText(received));
		assertThat(status.find()).as("a status link in the confirmation mail").isTrue();
		browser.openFromMail(status.group());
		assertThat(browser.text()).contains(duplicateName).contains("Waiting for a decision");

		browser.signIn(base, secretariat, "secretariat duplicate password");
		browser.clickInNavigation("Secretariat").click("Applications to join");
		assertThat(browser.text()).contains("Likely duplicate").contains("of " + existingName);
		browser.click(duplicateName);
		assertThat(browser.text()).contains("This application resembles a city the network already knows")
			.contains("The applicant saw this warning and confirmed");
		browser.click("Approve the application");
		assertThat(browser.text()).contains("Confirm that this is a different city, or reject the application");
		browser.find(By.id("confirmDuplicate")).click();
		browser.click("Approve the application");
		assertThat(browser.text()).contains(duplicateName + " is now a member of the network");

		browser.clickInNavigation("Secretariat").click("Cities");
		browser.type("q", duplicateName).click("Show cities");
		browser.click(duplicateName);
		assertThat(browser.text()).contains("This record is likely the same city as");
		new Select(browser.find(By.id("survivor"))).selectByValue(existing.getSlug());
		browser.type("mergeReason", "Applied twice: the same city");
		browser.click("Merge into the chosen city");
		assertThat(browser.text()).contains(duplicateName + " has been merged").contains("Merged into");
		assertThat(cities.findBySlug(existing.getSlug()).orElseThrow().getStatus()).isEqualTo(CityStatus.MEMBER);

		browser.clickInNavigation("Member cities");
		browser.type("q", "zaventem " + prefix).click("Apply filters");
		assertThat(browser.text()).contains(existingName).doesNotContain(duplicateName);

		browser.clickInNavigation("Sign out");
		browser.openFromMail(status.group());
		assertThat(browser.text()).contains("Approved");
	}

}

package org.inclusivecities.platform.practice.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city member writes and submits a practice with an image, the secretariat publishes it, the public finds it
 * with another Dutch word form, a second city records that it adopted it, and it is in the Atom feed. Every page
 * passes axe-core.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PracticeLibraryJourneyTest {

	static final String PASSWORD = "correct horse battery staple";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aPracticeGoesFromDraftToTheLibraryAndIsAdoptedByAnotherCity() throws Exception {
		PracticeFixtures fixtures = new PracticeFixtures(cities, people, encoder);
		City ghent = fixtures.city("Gent", "BE", "nl");
		City utrecht = fixtures.city("Utrecht", "NL", "nl");
		fixtures.member("lid@gent.example", ghent, Role.COUNCIL_MEMBER);
		fixtures.member("lid@utrecht.example", utrecht, Role.CITY_ADMIN);
		fixtures.networkAdmin("secretariaat@inclusive-cities.example");
		String base = "http://localhost:" + port;

		signIn(base, "lid@gent.example");
		browser.clickInNavigation("My workspace").click("Gent").click("Our practices").click("Write a new practice");
		browser.click("Save");
		assertThat(browser.text()).contains("There is a problem").contains("Enter a title");
		browser.type("title", "Herstelcafé De Brug")
			.type("summary", "Een herstelcafé waar mensen in herstel, vrijwilligers en buren elkaar wekelijks ontmoeten.")
			.type("whatWasDone", "We openden een *herstelcafé* in de bibliotheek, samen met ervaringsdeskundigen.")
			.type("languages", "nl");
		browser.find(By.cssSelector("label[for='activityTypes']")).click();
		browser.click("Save");
		assertThat(browser.text()).contains("The practice was saved as a draft.");

		Path image = Files.createTempFile("practice", ".png");
		Files.write(image, PracticeFixtures.png(120, 80));
		browser.find(By.id("file")).sendKeys(image.toAbsolutePath().toString());
		browser.type("alt", "Bezoekers aan tafel in het herstelcafé");
		browser.click("Upload image");
		assertThat(browser.text()).contains("The image was added.");
		browser.click("Submit for publication");
		assertThat(browser.text()).contains("Waiting for moderation");
		browser.clickInNavigation("Good practices").type("q", "herstelcafés").click("Search");
		assertThat(browser.text()).doesNotContain("Herstelcafé De Brug");
		signOut();

		signIn(base, "secretariaat@inclusive-cities.example");
		browser.clickInNavigation("Secretariat").click("Practices to moderate").click("Herstelcafé De Brug");
		browser.click("Publish");
		assertThat(browser.text()).contains("The practice was published.");
		signOut();

		browser.clickInNavigation("Good practices");
		browser.type("q", "herstelcafés").click("Search");
		assertThat(browser.text()).contains("1 practice found").contains("Herstelcafé De Brug");
		assertThat(browser.driver().getPageSource()).contains("<mark>herstelcafé</mark>");
		browser.type("q", "herstelcafe biblioteek").click("Search");
		assertThat(browser.text()).as("an accent left out and a letter missing")
			.contains("1 practice found")
			.contains("Did you mean herstelcafe bibliotheek?");
		browser.click("herstelcafe bibliotheek");
		assertThat(browser.text()).contains("1 practice found").doesNotContain("Did you mean");
		browser.click("Herstelcafé De Brug");
		assertThat(browser.find(By.cssSelector("img.ic-practice-image")).getAttribute("alt"))
			.isEqualTo("Bezoekers aan tafel in het herstelcafé");
		assertThat(browser.text()).contains("Not adopted by other cities yet");

		signIn(base, "lid@utrecht.example");
		browser.clickInNavigation("Good practices").click("Herstelcafé De Brug");
		browser.find(By.partialLinkText("adopted this practice")).click();
		browser.assertAccessible();
		browser.type("adaptation", "Sinds 2026 in onze wijkbibliotheek.").click("Record adoption");
		assertThat(browser.text()).contains("Your city's adoption was recorded.");
		browser.click("The practice of Gent in the library");
		assertThat(browser.text()).contains("Adopted by 1 city").contains("Utrecht")
			.contains("Sinds 2026 in onze wijkbibliotheek.");
		signOut();

		browser.driver().get(base + "/practices.atom");
		assertThat(browser.driver().getPageSource()).contains("Herstelcafé De Brug");
	}

	private void signIn(String base, String email) {
		browser.signIn(base, email, PASSWORD);
	}

	private void signOut() {
		browser.clickInNavigation("Sign out");
	}

}

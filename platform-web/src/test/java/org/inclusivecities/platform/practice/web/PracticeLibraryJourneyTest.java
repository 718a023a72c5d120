package org.inclusivecities.platform.practice.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city member writes and submits a practice with an image, the secretariat publishes it, the public finds it
 * with another Dutch word form, a second city records that it adopted it, and it is in the Atom feed. Every page
 * passes axe-core. On a desktop and at 390 px, each width with its own cities, people and practice, in words of its
 * own, so that neither width's searches find the other's practice.
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

	@ParameterizedTest
	@EnumSource(Width.class)
	void aPracticeGoesFromDraftToTheLibraryAndIsAdoptedByAnotherCity(Width width) throws Exception {
		Words words = width == Width.DESKTOP ? Words.DESKTOP : Words.PHONE;
		PracticeFixtures fixtures = new PracticeFixtures(cities, people, encoder);
		City ghent = fixtures.city(words.city(), "BE", "nl");
		City utrecht = fixtures.city(words.adopter(), "NL", "nl");
		String writer = "lid@" + ghent.getSlug() + ".example";
		String adopter = "lid@" + utrecht.getSlug() + ".example";
		String secretariat = "secretariaat" + (width == Width.DESKTOP ? "" : "390") + "@inclusive-cities.example";
		fixtures.member(writer, ghent, Role.COUNCIL_MEMBER);
		fixtures.member(adopter, utrecht, Role.CITY_ADMIN);
		fixtures.networkAdmin(secretariat);
		String base = "http://localhost:" + port;

		browser.at(width);
		signIn(base, writer);
		browser.clickInNavigation("My workspace").click(ghent.getName()).click("Our practices").click("Write a new practice");
		browser.click("Save");
		assertThat(browser.text()).contains("There is a problem").contains("Enter a title");
		browser.type("title", words.title())
			.type("summary",
					"Een " + words.word() + " waar mensen in herstel, vrijwilligers en buren elkaar wekelijks ontmoeten.")
			.type("whatWasDone",
					"We openden een *" + words.word() + "* in " + words.place() + ", samen met ervaringsdeskundigen.")
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
		browser.clickInNavigation("Good practices").type("q", words.plural()).click("Search");
		assertThat(browser.text()).doesNotContain(words.title());
		signOut();

		signIn(base, secretariat);
		browser.clickInNavigation("Secretariat").click("Practices to moderate").click(words.title());
		browser.click("Publish");
		assertThat(browser.text()).contains("The practice was published.");
		signOut();

		browser.clickInNavigation("Good practices");
		browser.type("q", words.plural()).click("Search");
		assertThat(browser.text()).contains("1 practice found").contains(words.title());
		assertThat(browser.driver().getPageSource()).contains("<mark>" + words.word() + "</mark>");
		browser.type("q", words.misspelt()).click("Search");
		assertThat(browser.text()).as("an accent left out and a letter missing")
			.contains("1 practice found")
			.contains("Did you mean " + words.suggested() + "?");
		browser.click(words.suggested());
		assertThat(browser.text()).contains("1 practice found").doesNotContain("Did you mean");
		browser.click(words.title());
		assertThat(browser.find(By.cssSelector("img.ic-practice-image")).getAttribute("alt"))
			.isEqualTo("Bezoekers aan tafel in het herstelcafé");
		assertThat(browser.text()).contains("Not adopted by other cities yet");

		signIn(base, adopter);
		browser.clickInNavigation("Good practices").click(words.title());
		browser.find(By.partialLinkText("adopted this practice")).click();
		browser.assertAccessible();
		browser.type("adaptation", "Sinds 2026 in onze wijkbibliotheek.").click("Record adoption");
		assertThat(browser.text()).contains("Your city's adoption was recorded.");
		browser.click("The practice of " + ghent.getName() + " in the library");
		assertThat(browser.text()).contains("Adopted by 1 city").contains(utrecht.getName())
			.contains("Sinds 2026 in onze wijkbibliotheek.");
		signOut();

		// the feed is a file a reader subscribes to from the library's link, not a page to go on from
		browser.clickInNavigation("Good practices");
		assertThat(fetch(browser.find(By.linkText("Atom feed of new practices")).getDomAttribute("href")))
			.contains(words.title());
	}

	/** One width's practice: its cities, its title and the words its searches look for. */
	private record Words(String city, String adopter, String title, String word, String place, String plural,
			String misspelt, String suggested) {

		static final Words DESKTOP = new Words("Gent", "Utrecht", "Herstelcafé De Brug", "herstelcafé",
				"de bibliotheek", "herstelcafés", "herstelcafe biblioteek", "herstelcafe bibliotheek");

		static final Words PHONE = new Words("Brugge", "Zwolle", "Ontmoetingscafé De Haven", "ontmoetingscafé",
				"het buurthuis", "ontmoetingscafés", "ontmoetingscafe buurthuus", "ontmoetingscafe buurthuis");

	}

	/** What a reader of the feed downloads from a link of the page. */
	private String fetch(String href) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port).resolve(href)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(href).isEqualTo(200);
			return response.body();
		}
	}

	private void signIn(String base, String email) {
		browser.signIn(base, email, PASSWORD);
	}

	private void signOut() {
		browser.clickInNavigation("Sign out");
	}

}

package org.inclusivecities.platform.accreditation.reviewer;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.scoring.Criterion;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer signs in, finds the invitation waiting on their home page, accepts it, reads the frozen plan, scores it with one
 * mistake first, then correctly, and sees the other reviewer's scores with the disagreements. axe-core scans every
 * page on the way. On a desktop and at 390 px, each width with its own network and city.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ReviewerFixture.Setup.class)
class ReviewerJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	Reviews reviews;

	@ParameterizedTest
	@EnumSource(Width.class)
	void reviewerAcceptsScoresAndSeesTheOtherScores(Width width) {
		fixture.network(width == Width.DESKTOP ? "j" : "j390");
		String name = width == Width.DESKTOP ? "Journeyville" : "Journeyville 390";
		String id = fixture.ask(fixture.city(name));
		fixture.routeAndConfirm(id);
		Person reviewer = fixture.reviewerOf(id, 0);
		reviews.submit(fixture.reviewerOf(id, 1).getId(), id, ReviewerFixture.scores(1, "Barely visible in"),
				Recommendation.NOT_YET, "Come back next year");
		String base = "http://localhost:" + port;

		browser.at(width).signIn(base, reviewer.getEmail(), ReviewerFixture.PASSWORD);

		browser.clickInNavigation("My workspace");
		assertThat(browser.text()).contains("Waiting for you", "Answer the invitation to review " + name);
		browser.click("Answer the invitation to review " + name);
		assertThat(browser.text()).contains("Accreditation review of " + name, "What you are asked to do",
				"Respond by");
		browser.click("Accept the invitation");
		assertThat(browser.text()).contains("You accepted the invitation", "The city's plan as submitted",
				"No one walks alone in our city", "Name not public").doesNotContain("Barely visible in", "Hidden Harriet");

		for (Criterion criterion : Criterion.values()) {
			String field = criterion.name().toLowerCase(java.util.Locale.ROOT);
			browser.find(By.cssSelector("label[for='score-" + field + "-4']")).click();
			if (criterion != Criterion.SHARING) {
				browser.type("evidence-" + field, "Well described: " + field);
			}
		}
		browser.find(By.cssSelector("label[for='recommendation']")).click();
		browser.click("Submit the review");
		assertThat(browser.text()).contains("There is a problem", "Say what in the plan your score for Sharing is based on");
		assertThat(browser.find(By.id("evidence-council")).getAttribute("value")).isEqualTo("Well described: council");
		assertThat(browser.find(By.id("score-council-4")).isSelected()).isTrue();

		browser.type("evidence-sharing", "Reviews two cities a year");
		browser.click("Submit the review");
		assertThat(browser.text()).contains("Your review has been submitted", "Your review", "Reviewer 2",
				"Barely visible in COUNCIL", "Disagreement: scores differ by 2 or more", "Reviews two cities a year");
	}

}

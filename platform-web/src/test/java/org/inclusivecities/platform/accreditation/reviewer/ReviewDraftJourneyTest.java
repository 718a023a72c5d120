package org.inclusivecities.platform.accreditation.reviewer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.ReviewInvitations;
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
 * A reviewer drafts, comes back to the draft from what waits for them, submits, discusses with the secretariat and
 * changes the review, in the browser at both widths with axe on every page; the secretariat's answer reaches the
 * reviewer as a mail whose link opens the discussion.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ReviewerFixture.Setup.class)
class ReviewDraftJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewInvitations invitations;

	@Autowired
	Outbox outbox;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aReviewerDraftsSubmitsDiscussesAndChangesTheirReview(Width width) {
		String prefix = width == Width.DESKTOP ? "jd" : "jp";
		String cityName = width == Width.DESKTOP ? "Draftville" : "Draftdorp";
		fixture.network(prefix);
		fixture.secretariat.changePassword(fixture.passwords.encode(ReviewerFixture.PASSWORD));
		fixture.people.save(fixture.secretariat);
		String id = fixture.ask(fixture.city(cityName));
		fixture.routeAndConfirm(id);
		Person reviewer = fixture.reviewerOf(id, 0);
		Person other = fixture.reviewerOf(id, 1);
		invitations.accept(other.getId(), id);
		reviews.submit(other.getId(), id, ReviewerFixture.scores(2, "Thin in"), Recommendation.NOT_YET, "Not yet");
		String base = "http://localhost:" + port;

		// accept, then a partial draft
		browser.at(width).signIn(base, reviewer.getEmail(), ReviewerFixture.PASSWORD);
		browser.clickInNavigation("My workspace").click("Answer the invitation to review " + cityName);
		browser.click("Accept the invitation");
		browser.find(By.cssSelector("label[for='score-council-4']")).click();
		browser.type("evidence-council", "A council with two people in recovery");
		browser.click("Save as draft");
		assertThat(browser.text()).contains("Draft saved. Only you can see it").doesNotContain("Thin in");

		// back later through what waits: the draft is there, then the review goes in
		browser.clickInNavigation("My workspace").click("Submit your review of " + cityName);
		assertThat(browser.text()).contains("You saved a draft on");
		assertThat(browser.find(By.id("evidence-council")).getAttribute("value"))
			.isEqualTo("A council with two people in recovery");
		assertThat(browser.find(By.id("score-council-4")).isSelected()).isTrue();
		for (Criterion criterion : Criterion.values()) {
			String field = criterion.name().toLowerCase(Locale.ROOT);
			if (criterion != Criterion.COUNCIL) {
				browser.find(By.cssSelector("label[for='score-" + field + "-4']")).click();
				browser.type("evidence-" + field, "Seen: " + field);
			}
		}
		browser.find(By.cssSelector("label[for='recommendation']")).click();
		browser.click("Submit the review");
		assertThat(browser.text()).contains("Your review has been submitted", "Reviewer 2", "Thin in COUNCIL",
				"Discussion with the other reviewers and the secretariat", "Change your review");

		// the discussion, after the empty-message error
		browser.click("Send the message");
		assertThat(browser.text()).contains("There is a problem", "Enter your message");
		browser.type("discussion-text", "Reviewer 2 scored the council 2; I saw two members in recovery.")
			.click("Send the message");
		assertThat(browser.text()).contains("Message sent.", "I saw two members in recovery.");

		// the secretariat reads it by name and answers
		browser.signIn(base, fixture.secretariat.getEmail(), ReviewerFixture.PASSWORD);
		browser.clickInNavigation("Secretariat").click("Accreditation requests").click(cityName);
		assertThat(browser.text()).contains("I saw two members in recovery.", reviewer.getDisplayName());
		browser.type("discussion-text", "The minutes in the annex confirm it.").click("Send the message");
		assertThat(browser.text()).contains("Message sent.");

		// the reviewer follows the mail's link to the discussion and changes the review
		browser.signIn(base, reviewer.getEmail(), ReviewerFixture.PASSWORD);
		browser.openFromMail(discussionLink(reviewer, id));
		assertThat(browser.text()).contains("The secretariat", "The minutes in the annex confirm it.");
		browser.find(By.cssSelector("label[for='score-council-5']")).click();
		browser.click("Save the changed review");
		assertThat(browser.text()).contains("Your changed review has been saved.");
		assertThat(fixture.seatOf(id, reviewer).scorecard().scoreFor(Criterion.COUNCIL)).isEqualTo(5);
	}

	private String discussionLink(Person reviewer, String requestId) {
		OutboxMail mail = outbox.findAllByRecipientOrderByCreatedAtDesc(reviewer.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals("review-discussion"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no discussion mail"));
		Matcher link = Pattern.compile("https?://\\S+/my/reviews/" + requestId + "#discussion").matcher(mail.getTextBody());
		assertThat(link.find()).as("discussion link in %s", mail.getTextBody()).isTrue();
		return link.group();
	}

}

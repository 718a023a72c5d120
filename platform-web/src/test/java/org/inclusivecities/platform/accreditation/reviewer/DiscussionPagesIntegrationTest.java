package org.inclusivecities.platform.accreditation.reviewer;

import java.util.List;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.ReviewInvitations;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.accreditation.reviewer.ReviewerPages.body;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The discussion private to a request's reviewers and the secretariat, through the pages: a reviewer joins once
 * their review is in (409 before), an empty message is a field error, the others are mailed a link (no text, no
 * author), reviewers read each other by number and the secretariat by name; another request's reviewer gets 404,
 * the decision closes it (409), and the city never reads it.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewerFixture.Setup.class)
class DiscussionPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewInvitations invitations;

	@Autowired
	Decisions decisions;

	@Autowired
	Outbox outbox;

	@Test
	void reviewersAndTheSecretariatDiscussPrivatelyUntilTheDecision() throws Exception {
		fixture.network("dc");
		City city = fixture.city("Talkham");
		String id = fixture.ask(city);
		String other = fixture.ask(fixture.city("Quietham"));
		fixture.routeAndConfirm(id, other);
		Person me = fixture.reviewerOf(id, 0);
		Person second = fixture.reviewerOf(id, 1);
		Person third = fixture.reviewerOf(id, 2);
		Person stranger = fixture.reviewerOf(other, 0);
		Person secretariat = fixture.secretariat;
		Person cityAdmin = fixture.people.findByEmail("admin-" + city.getSlug() + "@example.org").orElseThrow();
		String page = "/my/reviews/" + id;
		String adminPage = "/admin/accreditation/" + id;

		// before one's own review: no discussion
		invitations.accept(me.getId(), id);
		as(me, post(page + "/discussion").param("text", "Early thoughts")).andExpect(status().isConflict());
		assertThat(body(as(me, get(page)))).doesNotContain("Discussion with the other reviewers");
		reviews.submit(me.getId(), id, ReviewerFixture.scores(2, "Thin on"), Recommendation.NOT_YET, "");

		// my message, after a field error
		String empty = body(as(me, post(page + "/discussion").param("text", " ")).andExpect(status().isOk()));
		assertThat(empty).contains("There is a problem", "href=\"#discussion-text\"", "Enter your message");
		HtmlChecker.assertValid(empty, "discussion with an error");
		as(me, post(page + "/discussion").param("text", "I scored monitoring 2: no baseline"))
			.andExpect(redirectedUrl(page + "#discussion"));
		as(stranger, post(page + "/discussion").param("text", "Not mine")).andExpect(status().isNotFound());

		// the secretariat reads it by name and answers; I am mailed a link, without the text
		String admin = body(as(secretariat, get(adminPage)).andExpect(status().isOk()));
		assertThat(admin).contains("I scored monitoring 2: no baseline", me.getDisplayName());
		HtmlChecker.assertValid(admin, "secretariat page with the discussion");
		OutboxMail toSecretariat = lastMail(secretariat.getEmail());
		assertThat(toSecretariat.getTextBody()).contains("/admin/accreditation/" + id + "#discussion")
			.doesNotContain("no baseline", me.getDisplayName());
		as(secretariat, post(adminPage + "/discussion").param("text", "Is the annex part of the plan?"))
			.andExpect(redirectedUrl(adminPage + "#discussion"));
		OutboxMail toMe = lastMail(me.getEmail());
		assertThat(toMe.getSubject()).isEqualTo("A new message about the review of Talkham");
		assertThat(toMe.getTextBody()).contains("/my/reviews/" + id + "#discussion").doesNotContain("annex");
		String mine = body(as(me, get(page)));
		assertThat(mine).contains("The secretariat", "Is the annex part of the plan?", "You",
				"I scored monitoring 2: no baseline").doesNotContain(secretariat.getDisplayName());
		HtmlChecker.assertValid(mine, "reviewer page with the discussion");

		// another reviewer, once in, reads me by number only
		invitations.accept(second.getId(), id);
		reviews.submit(second.getId(), id, ReviewerFixture.scores(4, "Fine on"), Recommendation.ACCREDIT, "");
		assertThat(body(as(second, get(page)))).contains("Reviewer 2", "I scored monitoring 2: no baseline")
			.doesNotContain(me.getDisplayName(), me.getEmail());
		invitations.accept(third.getId(), id);
		reviews.submit(third.getId(), id, ReviewerFixture.scores(4, "Fine on"), Recommendation.ACCREDIT, "");
		as(third, post(page + "/discussion").param("text", "Every review is in; the annex looks fine"))
			.andExpect(redirectedUrl(page + "#discussion"));

		// the decision closes it; the city never reads it
		decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT, "Meets the charter", List.of());
		as(me, post(page + "/discussion").param("text", "Late")).andExpect(status().isConflict());
		as(secretariat, post(adminPage + "/discussion").param("text", "Late")).andExpect(status().isConflict());
		assertThat(body(as(me, get(page)))).contains("the annex looks fine").doesNotContain("name=\"text\"");
		String cityPage = body(as(cityAdmin, get("/my/cities/" + city.getSlug() + "/accreditation"))
			.andExpect(status().isOk()));
		assertThat(cityPage).contains("Feedback from the review")
			.doesNotContain("no baseline", "annex", "Discussion with the other reviewers");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(cityAdmin.getEmail()))
			.noneMatch(m -> m.getTemplate().equals("review-discussion"));
	}

	private OutboxMail lastMail(String recipient) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(recipient)
			.stream()
			.filter(m -> m.getTemplate().equals("review-discussion"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no discussion mail to " + recipient));
	}

	private ResultActions as(Person person, MockHttpServletRequestBuilder request) throws Exception {
		return ReviewerPages.as(mvc, person, request);
	}

}

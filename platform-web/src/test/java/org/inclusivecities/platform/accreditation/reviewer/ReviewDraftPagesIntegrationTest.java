package org.inclusivecities.platform.accreditation.reviewer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.AuditEntry;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.MetaReviews;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.request.ReviewInvitations;
import org.inclusivecities.platform.scoring.Criterion;
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
import static org.inclusivecities.platform.accreditation.reviewer.ReviewerPages.postForm;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reviewer's draft and changed review through the pages: a partial draft is kept (only too long text refused),
 * reopened where it was left, seen by nobody else; the others' reviews appear only after one's own is submitted;
 * the submitted review changes (checked like a submission) until the decision, then 409; other reviewers get 404.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewerFixture.Setup.class)
class ReviewDraftPagesIntegrationTest {

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
	MetaReviews metaReviews;

	@Test
	void aReviewerDraftsSubmitsAndChangesTheirReviewUntilTheDecision() throws Exception {
		fixture.network("dr");
		String id = fixture.ask(fixture.city("Draftham"));
		String other = fixture.ask(fixture.city("Elseham"));
		fixture.routeAndConfirm(id, other);
		Person me = fixture.reviewerOf(id, 0);
		Person second = fixture.reviewerOf(id, 1);
		Person third = fixture.reviewerOf(id, 2);
		Person stranger = fixture.reviewerOf(other, 0);
		String page = "/my/reviews/" + id;

		// a draft needs the invitation accepted; then keeps what is there
		Map<String, String> partial = new HashMap<>(Map.of("score-council", "4", "evidence-council",
				"Draft note on the council", "summary", "Half way"));
		as(me, postForm(page + "/draft", partial)).andExpect(status().isConflict());
		as(me, post(page + "/accept")).andExpect(redirectedUrl(page));
		as(stranger, postForm(page + "/draft", partial)).andExpect(status().isNotFound());
		as(me, postForm(page + "/draft", partial)).andExpect(redirectedUrl(page));
		ReviewerSeat drafted = fixture.seatOf(id, me);
		assertThat(drafted.status()).isEqualTo(SeatStatus.ACCEPTED);
		assertThat(drafted.scorecard()).isNull();
		assertThat(drafted.draft().draftScoreFor(Criterion.COUNCIL)).isEqualTo(4);

		String reopened = body(as(me, get(page)).andExpect(status().isOk()));
		assertThat(reopened).contains("You saved a draft on", "Draft note on the council", "Half way", "Save as draft");
		assertThat(reopened).containsPattern("value=\"4\"\\s+checked=\"checked\"|checked=\"checked\"[^>]*value=\"4\"");
		HtmlChecker.assertValid(reopened, "scoring form with a draft");

		// too long text is refused and the draft stays as it was
		Map<String, String> tooLong = new HashMap<>(partial);
		tooLong.put("summary", "x".repeat(4001));
		String refused = body(as(me, postForm(page + "/draft", tooLong)).andExpect(status().isOk()));
		assertThat(refused).contains("There is a problem", "href=\"#summary\"");
		assertThat(fixture.seatOf(id, me).draft()).isEqualTo(drafted.draft());

		// nobody else sees the draft; I see nobody else's review before submitting mine
		invitations.accept(second.getId(), id);
		reviews.submit(second.getId(), id, ReviewerFixture.scores(2, "Second reviewer saw"), Recommendation.NOT_YET,
				"Second summary");
		assertThat(body(as(second, get(page)))).contains("The other reviewers have not submitted yet")
			.doesNotContain("Reviewer 2", "Draft note on the council", "Half way");
		assertThat(reviews.secretariatView(fixture.secretariat.getId(), id).scorecards()).hasSize(1);
		assertThat(body(as(me, get(page)))).doesNotContain("Second reviewer saw", "Second summary");

		// submit: the draft becomes the review, the others' reviews appear and the review can be changed
		as(me, postForm(page + "/scorecard", ReviewerPagesIntegrationTest.valid(4, "Seen in"))).andExpect(redirectedUrl(page));
		assertThat(fixture.seatOf(id, me).draft()).isNull();
		String submitted = body(as(me, get(page)));
		assertThat(submitted).contains("Second reviewer saw COUNCIL", "Change your review", "Save the changed review")
			.doesNotContain("Save as draft");
		HtmlChecker.assertValid(submitted, "submitted review with its change form");

		// a change is checked like a submission: nothing saved on errors
		Map<String, String> bad = ReviewerPagesIntegrationTest.valid(3, "Changed");
		bad.remove("recommendation");
		assertThat(body(as(me, postForm(page + "/revision", bad)).andExpect(status().isOk())))
			.contains("href=\"#recommendation\"", "Choose your recommendation");
		assertThat(fixture.seatOf(id, me).scorecard().scoreFor(Criterion.COUNCIL)).isEqualTo(4);
		as(me, postForm(page + "/revision", ReviewerPagesIntegrationTest.valid(3, "After discussion"))).andExpect(redirectedUrl(page));
		assertThat(fixture.seatOf(id, me).scorecard().scoreFor(Criterion.COUNCIL)).isEqualTo(3);
		as(stranger, postForm(page + "/revision", ReviewerPagesIntegrationTest.valid(1, "x"))).andExpect(status().isNotFound());

		// still open once every review is in, closed by the decision
		invitations.accept(third.getId(), id);
		reviews.submit(third.getId(), id, ReviewerFixture.scores(3, "Third saw"), Recommendation.ACCREDIT, "");
		assertThat(fixture.request(id).getStatus()).isEqualTo(RequestStatus.REVIEWED);
		metaReviews.write(fixture.secretariat.getId(), id, "Consolidated before the last change");
		String adminPage = "/admin/accreditation/" + id;
		assertThat(body(as(fixture.secretariat, get(adminPage)))).doesNotContain("changed their review after");
		as(me, postForm(page + "/revision", ReviewerPagesIntegrationTest.valid(5, "Last look at"))).andExpect(redirectedUrl(page));
		assertThat(body(as(fixture.secretariat, get(adminPage))))
			.contains("A reviewer changed their review after this meta-review was written");
		assertThat(fixture.request(id).getStatus()).isEqualTo(RequestStatus.REVIEWED);
		decisions.decide(fixture.secretariat.getId(), id, Recommendation.ACCREDIT, "Meets the charter", List.of());
		as(me, postForm(page + "/revision", ReviewerPagesIntegrationTest.valid(1, "Too late"))).andExpect(status().isConflict());
		as(me, postForm(page + "/draft", partial)).andExpect(status().isConflict());
		assertThat(fixture.seatOf(id, me).scorecard().scoreFor(Criterion.COUNCIL)).isEqualTo(5);
		assertThat(body(as(me, get(page)))).doesNotContain("Change your review");
		assertThat(fixture.request(id).getAudit()).extracting(AuditEntry::action)
			.containsSubsequence("score-submission", "score-revision", "score-revision", "decision");
	}

	private ResultActions as(Person person, MockHttpServletRequestBuilder request) throws Exception {
		return ReviewerPages.as(mvc, person, request);
	}

}

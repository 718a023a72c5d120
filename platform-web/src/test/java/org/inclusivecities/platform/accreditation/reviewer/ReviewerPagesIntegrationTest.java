package org.inclusivecities.platform.accreditation.reviewer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.scoring.Scorecard;
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
 * The reviewer's pages on the real services: only one's own seats are visible (everything else is 404 and changes
 * nothing), field errors on decline and scoring save nothing, the others' scores appear only after one's own
 * submission, and a second submission is a 409 that keeps the first scorecard.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewerFixture.Setup.class)
class ReviewerPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	Reviews reviews;

	@Test
	void someoneElsesInvitationAndANeverInvitedPersonGet404AndNothingChanges() throws Exception {
		fixture.network("a");
		City askton = fixture.city("Askton");
		String id = fixture.ask(askton);
		String other = fixture.ask(fixture.city("Bidham"));
		fixture.routeAndConfirm(id, other);
		AccreditationRequest before = fixture.request(id);
		Person otherReviewer = fixture.reviewerOf(other, 0);
		assertThat(fixture.seated(id)).doesNotContain(otherReviewer.getId());
		Person never = fixture.person("never@example.org", "Never Invited", fixture.city("Nevertown"), Role.REVIEWER);
		Person cityAdmin = fixture.people.findByEmail("admin-" + askton.getSlug() + "@example.org").orElseThrow();

		for (Person intruder : List.of(otherReviewer, never, cityAdmin)) {
			as(intruder, get("/my/reviews/" + id)).andExpect(status().isNotFound());
			as(intruder, post("/my/reviews/" + id + "/accept")).andExpect(status().isNotFound());
			as(intruder, post("/my/reviews/" + id + "/decline").param("reason", "No time")).andExpect(status().isNotFound());
			as(intruder, post("/my/reviews/" + id + "/decline").param("reason", "")).andExpect(status().isNotFound());
			MockHttpServletRequestBuilder submit = post("/my/reviews/" + id + "/scorecard");
			valid(4, "Seen").forEach((k, v) -> submit.param(k, v));
			as(intruder, submit).andExpect(status().isNotFound());
			assertThat(body(as(intruder, get("/my/reviews")))).doesNotContain("Askton");
		}
		as(otherReviewer, get("/my/reviews/no-such-request")).andExpect(status().isNotFound());

		AccreditationRequest after = fixture.request(id);
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getSeats()).isEqualTo(before.getSeats());
		assertThat(body(as(otherReviewer, get("/my/reviews")))).contains("Bidham", "Invited");
	}

	@Test
	void declineNeedsAReasonThenFreesTheSeat() throws Exception {
		fixture.network("d");
		String id = fixture.ask(fixture.city("Declinia"));
		fixture.routeAndConfirm(id);
		Person reviewer = fixture.reviewerOf(id, 0);
		String page = "/my/reviews/" + id;

		String invited = body(as(reviewer, get(page)).andExpect(status().isOk()));
		assertThat(invited).contains("Accreditation review of Declinia", "Respond by", "Accept the invitation",
				"Decline the invitation", "name=\"reason\"");
		assertThat(body(as(reviewer, get("/my/reviews")))).contains("Declinia", "href=\"/my/reviews/" + id + "\"");
		assertThat(body(as(reviewer, get(page).param("lang", "nl")))).contains("Accreditatiebeoordeling van Declinia",
				"De uitnodiging aanvaarden", "Waarom weigert u?");
		assertThat(body(as(reviewer, post(page + "/decline").param("lang", "nl").param("reason", ""))))
			.contains("Er is een probleem", "Zeg waarom u weigert");

		String empty = body(as(reviewer, post(page + "/decline").param("reason", "   ")).andExpect(status().isOk()));
		assertThat(empty).contains("There is a problem", "href=\"#reason\"", "id=\"reason-error\"", "Say why you decline");
		String tooLong = body(as(reviewer, post(page + "/decline").param("reason", "x".repeat(1001))).andExpect(status().isOk()));
		assertThat(tooLong).contains("The reason must be 1000 characters or fewer", "x".repeat(1001));
		HtmlChecker.assertValid(invited, "invited review page");
		HtmlChecker.assertValid(empty, "decline without a reason");
		assertThat(fixture.seatOf(id, reviewer).status()).isEqualTo(SeatStatus.INVITED);

		as(reviewer, post(page + "/decline").param("reason", "A conflict of interest")).andExpect(redirectedUrl("/my/reviews"));
		assertThat(fixture.seatOf(id, reviewer).status()).isEqualTo(SeatStatus.DECLINED);
		assertThat(fixture.seatOf(id, reviewer).declineReason()).isEqualTo("A conflict of interest");
		assertThat(body(as(reviewer, get(page)).andExpect(status().isOk()))).contains("You declined this invitation")
			.doesNotContain("Accept the invitation");
		assertThat(body(as(reviewer, post(page + "/accept")).andExpect(status().isConflict())))
			.contains("You declined this invitation, so nothing was changed.");
	}

	@Test
	void scoringRejectsBadInputShowsOthersOnlyAfterSubmittingAndRefusesASecondSubmission() throws Exception {
		fixture.network("s");
		String id = fixture.ask(fixture.city("Scoreville"));
		fixture.routeAndConfirm(id);
		Person first = fixture.reviewerOf(id, 0);
		Person me = fixture.reviewerOf(id, 1);
		String page = "/my/reviews/" + id;

		// the first reviewer submits early, with low scores
		reviews.submit(first.getId(), id, ReviewerFixture.scores(1, "Hardly any trace of"), Recommendation.NOT_YET,
				"Too early");

		// scoring needs the invitation accepted first
		Map<String, String> good = valid(4, "Clearly described in the plan for");
		as(me, postForm(page + "/scorecard", good)).andExpect(status().isConflict());
		as(me, post(page + "/accept")).andExpect(redirectedUrl(page));
		assertThat(fixture.seatOf(id, me).status()).isEqualTo(SeatStatus.ACCEPTED);
		as(me, post(page + "/accept")).andExpect(status().isConflict());

		String accepted = body(as(me, get(page)).andExpect(status().isOk()));
		assertThat(accepted).contains("The city&#39;s plan as submitted", "No one walks alone in our city", "Paul Public",
				"Name not public", "Recovery walk", "href=\"https://evidence.example/minutes.pdf\"", "name=\"score-council\"",
				"<legend", "Submit the review")
			.doesNotContain("Hidden Harriet", "person-secret-id", "Hardly any trace of", "Too early", "Reviewer 2");

		// out of range (0 and 6 posted by hand), missing score, missing evidence, no recommendation: nothing saved
		Map<String, String> bad = new HashMap<>(good);
		bad.put("score-council", "6");
		bad.put("score-mission", "0");
		bad.remove("score-activities");
		bad.put("evidence-monitoring", " ");
		bad.remove("recommendation");
		bad.put("evidence-sharing", "Typed text that must survive");
		String rejected = body(as(me, postForm(page + "/scorecard", bad)).andExpect(status().isOk()));
		assertThat(rejected).contains("There is a problem", "href=\"#score-council\"", "href=\"#score-mission\"",
				"href=\"#score-activities\"", "href=\"#evidence-monitoring\"", "href=\"#recommendation\"",
				"The score for Council must be a whole number from 1 to 5", "Choose a score from 1 to 5 for Activities",
				"Say what in the plan your score for Monitoring is based on", "Choose your recommendation",
				"id=\"score-council-error\"", "Typed text that must survive", "Clearly described in the plan for COUNCIL");
		assertThat(fixture.seatOf(id, me).status()).isEqualTo(SeatStatus.ACCEPTED);
		assertThat(fixture.seatOf(id, me).scorecard()).isNull();
		HtmlChecker.assertValid(accepted, "scoring form");
		HtmlChecker.assertValid(rejected, "scoring form with errors");

		as(me, postForm(page + "/scorecard", good)).andExpect(redirectedUrl(page));
		Scorecard mine = fixture.seatOf(id, me).scorecard();
		assertThat(mine.scoreFor(Criterion.COUNCIL)).isEqualTo(4);
		assertThat(mine.recommendation()).isEqualTo(Recommendation.ACCREDIT_WITH_CONDITIONS);

		String submitted = body(as(me, get(page)).andExpect(status().isOk()));
		assertThat(submitted).contains("Your review", "Reviewer 2", "Hardly any trace of COUNCIL", "Too early",
				"Disagreement: scores differ by 2 or more")
			.contains("Change your review", "action=\"/my/reviews/" + id + "/revision\"")
			.doesNotContain(first.getDisplayName(), first.getEmail(), "action=\"/my/reviews/" + id + "/scorecard\"");
		HtmlChecker.assertValid(submitted, "submitted review");
		HtmlChecker.assertValid(body(as(me, get("/my/reviews"))), "my reviews");

		// a second submission (here with other scores) is refused and keeps the first scorecard
		String dutch = body(as(me, get(page).param("lang", "nl")));
		assertThat(dutch).contains("Uw beoordeling", "Beoordelaar 2",
				"Onenigheid: de scores verschillen 2 punten of meer")
			.as("the frozen plan's constants in Dutch").contains(">Invloed<", ">Hoog<", ">Wonen<", ">Persoon in herstel<",
					">1 mei 2027<")
			.doesNotContain(">High<", ">HIGH<", ">2027-05-01<");
		HtmlChecker.assertValid(dutch, "review in Dutch");
		String again = body(as(me, postForm(page + "/scorecard", valid(1, "Changed my mind on"))).andExpect(status().isConflict()));
		assertThat(again).contains("You have already submitted your review of this request.");
		HtmlChecker.assertValid(again, "second submission");
		assertThat(fixture.seatOf(id, me).scorecard()).isEqualTo(mine);
	}

	static Map<String, String> valid(int score, String evidence) {
		Map<String, String> form = new HashMap<>();
		for (Criterion criterion : Criterion.values()) {
			form.put(ScorecardForm.scoreField(criterion), String.valueOf(score));
			form.put(ScorecardForm.evidenceField(criterion), evidence + " " + criterion);
		}
		form.put("recommendation", "ACCREDIT_WITH_CONDITIONS");
		form.put("summary", "Good start");
		return form;
	}

	private ResultActions as(Person person, MockHttpServletRequestBuilder request) throws Exception {
		return ReviewerPages.as(mvc, person, request);
	}

}

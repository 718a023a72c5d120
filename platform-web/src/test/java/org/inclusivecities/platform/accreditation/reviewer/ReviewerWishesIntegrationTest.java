package org.inclusivecities.platform.accreditation.reviewer;

import java.time.Clock;
import java.util.Set;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer's wishes and own load: stored when valid; bad input is a field error and stores nothing; "want" for
 * a request a rule keeps the reviewer off is refused with the rule; someone who is not a reviewer, or a request that
 * is not open, is 404; the requesting city never sees a wish; accepting with a reduced load lowers the maximum.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewerFixture.Setup.class)
class ReviewerWishesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ReviewerPool pool;

	@Autowired
	Clock clock;

	@Test
	void wishesAreStoredWhenValidAndRefusedWithTheRuleOrAsNotFoundOtherwise() throws Exception {
		fixture.network("wsh");
		City asker = fixture.city("wshAsker");
		String id = fixture.ask(asker);
		Person rita = fixture.reviewers.get("Sville");

		assertThat(body(as(rita, get("/my/reviewer/wishes")).andExpect(status().isOk()))).contains("wshAsker");

		// an unknown value: a field error, nothing stored
		String refused = body(as(rita, post("/my/reviewer/wishes").param("wish-" + id, "MAYBE"))
			.andExpect(status().isBadRequest()));
		assertThat(refused).contains("Choose want, willing or rather not").contains("href=\"#wish-" + id + "\"");
		assertThat(wishes(rita, id)).isZero();

		as(rita, post("/my/reviewer/wishes").param("wish-" + id, "WANT")).andExpect(status().is3xxRedirection());
		assertThat(wishes(rita, id)).isOne();
		assertThat(body(as(rita, get("/my/reviewer/wishes")))).containsPattern(
				"value=\"WANT\"[^>]*id=\"wish-" + id + "\"[^>]*checked|value=\"WANT\"[^>]*checked[^>]*id=\"wish-" + id);

		// a reviewer of the requesting city may not want its request: refused with the rule, nothing stored
		Person own = fixture.shared.nominate(fixture.person("wsh-own@example.org", "Olga Own", asker, Role.REVIEWER),
				asker.getId(), new ReviewerProfile(Set.of("en"), Set.of(), 2));
		assertThat(body(as(own, post("/my/reviewer/wishes").param("wish-" + id, "WANT"))
			.andExpect(status().isBadRequest()))).contains("never a reviewer from the requesting city");
		assertThat(wishes(own, id)).isZero();
		as(own, post("/my/reviewer/wishes").param("wish-" + id, "RATHER_NOT")).andExpect(status().is3xxRedirection());

		// not a reviewer, or not an open request: not found
		Person stranger = fixture.person("wsh-stranger@example.org", "Sue Stranger", asker, Role.CITY_ADMIN);
		as(stranger, get("/my/reviewer/wishes")).andExpect(status().isNotFound());
		as(stranger, post("/my/reviewer/wishes").param("wish-" + id, "WANT")).andExpect(status().isNotFound());
		as(rita, post("/my/reviewer/wishes").param("wish-no-such-request", "WANT")).andExpect(status().isNotFound());
		assertThat(wishes(stranger, id)).isZero();

		// the requesting city's admin sees no wish on the city's accreditation page
		assertThat(body(as(fixture.person("wsh-admin2@example.org", "Ann Admin", asker, Role.CITY_ADMIN),
				get("/my/cities/" + asker.getSlug() + "/accreditation")))).doesNotContain("Want to review")
			.doesNotContain("Rather not");
	}

	@Test
	void theOwnLoadIsCheckedStoredAndAReducedLoadOnAcceptingLowersTheMaximum() throws Exception {
		fixture.network("wsl");
		Person rita = fixture.reviewers.get("Tville");

		for (String[] bad : new String[][] { { "3", "2" }, { "x", "2" }, { "0", "11" }, { "-1", "2" } }) {
			assertThat(body(as(rita, post("/my/reviewer/wishes/load").param("minimum", bad[0]).param("maximum", bad[1]))
				.andExpect(status().isBadRequest()))).contains("govuk-error-summary");
		}
		assertThat(nomination(rita).getMinimumReviews()).isZero();
		assertThat(nomination(rita).getMaxConcurrentReviews()).isOne();

		as(rita, post("/my/reviewer/wishes/load").param("minimum", "1").param("maximum", "3"))
			.andExpect(status().is3xxRedirection());
		assertThat(nomination(rita).getMinimumReviews()).isOne();
		assertThat(nomination(rita).getMaxConcurrentReviews()).isEqualTo(3);
		as(fixture.person("wsl-stranger@example.org", "Sid Stranger", null, Role.CITY_ADMIN),
				post("/my/reviewer/wishes/load").param("minimum", "1").param("maximum", "3"))
			.andExpect(status().isNotFound());

		City asker = fixture.city("wslAsker");
		String id = fixture.ask(asker);
		fixture.routeAndConfirm(id);
		Person invited = fixture.reviewerOf(id, 0);
		as(invited, post("/my/reviewer/wishes/load").param("minimum", "0").param("maximum", "3"))
			.andExpect(status().is3xxRedirection());
		// below the reviews held once this one is accepted: a field error, the invitation stays open
		as(invited, post("/my/reviews/" + id + "/accept").param("reducedMaximum", "0"))
			.andExpect(status().isBadRequest());
		assertThat(fixture.seatOf(id, invited).status().name()).isEqualTo("INVITED");
		as(invited, post("/my/reviews/" + id + "/accept").param("reducedMaximum", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(fixture.seatOf(id, invited).status().name()).isEqualTo("ACCEPTED");
		assertThat(nomination(invited).getMaxConcurrentReviews()).isEqualTo(3);
		assertThat(nomination(invited).maximumAt(clock.instant())).isOne();
	}

	private ReviewerNomination nomination(Person person) {
		return pool.nominationsOf(person.getId()).stream().filter(ReviewerNomination::isActive).findFirst().orElseThrow();
	}

	private long wishes(Person person, String requestId) {
		return mongo.count(Query.query(Criteria.where("reviewerId").is(person.getId()).and("requestId").is(requestId)),
				"reviewerWishes");
	}

	private ResultActions as(Person person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(authentication(signedIn(person))).with(csrf()));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

}

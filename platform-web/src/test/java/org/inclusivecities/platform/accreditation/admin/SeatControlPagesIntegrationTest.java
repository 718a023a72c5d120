package org.inclusivecities.platform.accreditation.admin;

import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat in control after routing: a reviewer who joins the reviewed city's council is flagged on the
 * request page and by mail and replaced with one click (the replaced reviewer is told, the new one invited);
 * confirming a proposal whose reviewer joined the city is refused with the reason; withdrawal needs a reason; the
 * conflict check says why a person cannot review a city; nobody but the secretariat changes anything.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(AccreditationNetwork.Setup.class)
class SeatControlPagesIntegrationTest {

	@Autowired
	AccreditationNetwork network;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	CityMembers members;

	@Autowired
	RequestsInReview requests;

	@Autowired
	ReviewRouting routing;

	@Autowired
	Outbox outbox;

	SecretariatFixture seed;

	@BeforeEach
	void fixture() {
		seed = new SecretariatFixture(network);
	}

	private static ResultHandler valid(String what) {
		return result -> HtmlChecker.assertValid(result.getResponse().getContentAsString(), what);
	}

	/** Four reviewer cities and one city asking; returns the request id. */
	private String requestOf(City city, String prefix) {
		for (String name : List.of("North", "South", "East", "West")) {
			seed.reviewer(prefix + " Reviewer " + name, seed.city(prefix + " " + name));
		}
		return seed.request(city, seed.person(prefix + " Admin", city, Role.CITY_ADMIN));
	}

	/** The person accepts an invitation into the city's council (a membership granted through the real path). */
	private void joinCouncil(Person person, City city) {
		var issued = members.issue(city.getId(), person.getEmail(), Set.of(Role.COUNCIL_MEMBER), "test");
		members.accept(issued.token(), new CityMembers.NewAccount(person.getDisplayName(), Language.EN, "x"));
	}

	@Test
	void aReviewerWhoJoinsTheCityIsFlaggedAndReplacedWithOneClick() throws Exception {
		Person secretariat = seed.secretariat("Flag Secretariat");
		var asSecretariat = authentication(signedIn(secretariat));
		City flagville = seed.city("Flagville");
		String id = requestOf(flagville, "Flag");
		AccreditationRequest confirmed = network.routeAndConfirm(secretariat, id);
		String joinerId = confirmed.currentSeats().getFirst().reviewerId();
		Person joiner = people.findById(joinerId).orElseThrow();

		joinCouncil(joiner, flagville);

		List<OutboxMail> flagged = outbox.findAllByRecipientOrderByCreatedAtDesc(secretariat.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals("review-seat-flagged") && m.getTextBody().contains(id))
			.toList();
		assertThat(flagged).hasSize(1);
		assertThat(flagged.getFirst().getTextBody()).contains(joiner.getDisplayName(), "Flagville",
				"never a reviewer from the requesting city", "Request reference: " + id);
		mvc.perform(get("/admin/accreditation/" + id).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Breaks a rule"),
					containsString("made one reviewer of this request break a rule"),
					containsString("Replace " + joiner.getDisplayName() + " with the next-best reviewer"))))
			.andDo(valid("request with a flagged seat"));

		mvc.perform(post("/admin/accreditation/" + id + "/seats/replace").with(asSecretariat).with(csrf())
			.param("reviewer", joinerId))
			.andExpect(status().is3xxRedirection());

		AccreditationRequest replaced = requests.byId(id).orElseThrow();
		assertThat(replaced.currentSeats()).filteredOn(s -> s.reviewerId().equals(joinerId))
			.extracting(ReviewerSeat::status)
			.containsExactly(SeatStatus.REMOVED);
		List<ReviewerSeat> invited = replaced.currentSeats().stream().filter(s -> s.status() == SeatStatus.INVITED).toList();
		assertThat(invited).hasSize(3).extracting(ReviewerSeat::reviewerCityId).doesNotContain(flagville.getId());
		String newcomer = invited.stream()
			.map(ReviewerSeat::reviewerId)
			.filter(r -> confirmed.currentSeats().stream().noneMatch(s -> s.reviewerId().equals(r)))
			.findFirst()
			.orElseThrow();
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(joiner.getEmail())).extracting(OutboxMail::getTemplate)
			.contains("review-seat-removed");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(people.findById(newcomer).orElseThrow().getEmail()))
			.extracting(OutboxMail::getTemplate)
			.contains("review-invitation");
		mvc.perform(get("/admin/accreditation/" + id).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Removed"),
					containsString("Reviewer taken off the request"),
					containsString(joiner.getDisplayName() + ": never a reviewer from the requesting city"))));
	}

	@Test
	void confirmingAReviewerWhoJoinedTheCityIsRefusedWithTheReason() throws Exception {
		Person secretariat = seed.secretariat("Refuse Secretariat");
		var asSecretariat = authentication(signedIn(secretariat));
		City refuseville = seed.city("Refuseville");
		String id = requestOf(refuseville, "Refuse");
		routing.preview(secretariat.getId());
		AccreditationRequest proposed = requests.byId(id).orElseThrow();
		Person joiner = people.findById(proposed.currentSeats().getFirst().reviewerId()).orElseThrow();
		joinCouncil(joiner, refuseville);

		mvc.perform(post("/admin/accreditation/" + id + "/confirm").with(asSecretariat).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Refused, nothing has changed: the seat of "
					+ joiner.getDisplayName() + " would break the rule")));
		assertThat(requests.byId(id).orElseThrow().getVersion()).isGreaterThanOrEqualTo(proposed.getVersion());
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROPOSED);
	}

	@Test
	void withdrawalNeedsAReasonAndOnlyTheSecretariatControlsSeats() throws Exception {
		Person secretariat = seed.secretariat("Withdraw Secretariat");
		var asSecretariat = authentication(signedIn(secretariat));
		City withdrawville = seed.city("Withdrawville");
		String id = requestOf(withdrawville, "Withdraw");
		AccreditationRequest confirmed = network.routeAndConfirm(secretariat, id);
		Person admin = people.findByEmail("withdraw.admin@example.org").orElseThrow();
		String seat = confirmed.currentSeats().getFirst().reviewerId();

		var asAdmin = authentication(signedIn(admin));
		for (String route : List.of("seats/remove", "seats/replace", "seats/extend", "extend", "remind", "reassign",
				"withdraw")) {
			mvc.perform(post("/admin/accreditation/" + id + "/" + route).with(asAdmin).with(csrf())
				.param("reviewer", seat).param("reason", "mine").param("until", "2030-01-01"))
				.andExpect(status().isForbidden());
		}
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(confirmed.getVersion());

		mvc.perform(post("/admin/accreditation/" + id + "/withdraw").with(asSecretariat).with(csrf()).param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#withdraw-reason\""),
					containsString("Enter why the request is withdrawn"))))
			.andDo(valid("withdrawal without a reason"));
		mvc.perform(post("/admin/accreditation/" + id + "/extend").with(asSecretariat).with(csrf()).param("until", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a date after the current due date")));
		mvc.perform(post("/admin/accreditation/" + id + "/remind").with(asSecretariat).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(people.findById(seat).orElseThrow().getEmail()))
			.extracting(OutboxMail::getTemplate)
			.contains("review-reminder");
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.IN_REVIEW);

		mvc.perform(post("/admin/accreditation/" + id + "/withdraw").with(asSecretariat).with(csrf())
			.param("reason", "The city asked us to stop"))
			.andExpect(status().is3xxRedirection());
		AccreditationRequest withdrawn = requests.byId(id).orElseThrow();
		assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
		assertThat(withdrawn.getAudit().getLast().detail()).isEqualTo("The city asked us to stop");
	}

	@Test
	void theConflictCheckSaysWhyAPersonCannotReviewACity() throws Exception {
		Person secretariat = seed.secretariat("Check Secretariat");
		var asSecretariat = authentication(signedIn(secretariat));
		City checkville = seed.city("Checkville");
		Person own = seed.reviewer("Checkville Reviewer", checkville);
		City other = seed.city("Otherville");
		Person stranger = seed.reviewer("Otherville Reviewer", other);

		mvc.perform(get("/admin/accreditation/conflict-check").with(asSecretariat)
			.param("person", own.getId()).param("city", checkville.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Checkville Reviewer cannot review Checkville"),
					containsString("never a reviewer from the requesting city"))))
			.andDo(valid("conflict check, refused"));
		mvc.perform(get("/admin/accreditation/conflict-check").with(asSecretariat)
			.param("person", stranger.getId()).param("city", checkville.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Otherville Reviewer could review Checkville")));
		mvc.perform(get("/admin/accreditation/conflict-check").with(asSecretariat).param("person", "nobody")
			.param("city", checkville.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a reviewer from the pool")));
		mvc.perform(get("/admin/accreditation/conflict-check").with(authentication(signedIn(own))))
			.andExpect(status().isForbidden());
	}

}

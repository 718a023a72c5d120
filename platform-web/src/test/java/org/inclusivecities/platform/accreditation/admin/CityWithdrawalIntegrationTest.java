package org.inclusivecities.platform.accreditation.admin;

import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * A city admin withdraws the city's open request from its accreditation page, with a reason (field error without
 * one); council members and another city's admin get 404 on the form and the post and change nothing; a request
 * that is no longer open gets 409.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(AccreditationNetwork.Setup.class)
class CityWithdrawalIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	RequestsInReview requests;

	@Test
	void aCityAdminWithdrawsWithAReasonAndNobodyElseCan() throws Exception {
		SecretariatFixture seed = new SecretariatFixture(network);
		City a = seed.city("Withdrawton");
		City b = seed.city("Keepton");
		Person adminA = seed.person("Withdrawton Admin", a, Role.CITY_ADMIN);
		Person councilA = seed.person("Withdrawton Council", a, Role.COUNCIL_MEMBER);
		Person adminB = seed.person("Keepton Admin", b, Role.CITY_ADMIN);
		String id = seed.request(a, adminA);
		String withdraw = "/my/cities/" + a.getSlug() + "/accreditation/requests/" + id + "/withdraw";
		AccreditationRequest before = requests.byId(id).orElseThrow();

		mvc.perform(get("/my/cities/" + a.getSlug() + "/accreditation").with(as(adminA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + withdraw + "\"")));
		for (Person stranger : List.of(councilA, adminB)) {
			mvc.perform(get(withdraw).with(as(stranger))).andExpect(status().isNotFound());
			mvc.perform(post(withdraw).with(as(stranger)).with(csrf()).param("reason", "Not yours"))
				.andExpect(status().isNotFound());
		}
		String viaOwnCity = "/my/cities/" + b.getSlug() + "/accreditation/requests/" + id + "/withdraw";
		mvc.perform(post(viaOwnCity).with(as(adminB)).with(csrf()).param("reason", "Not yours"))
			.andExpect(status().isNotFound());
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(before.getVersion());

		mvc.perform(get(withdraw).with(as(adminA)))
			.andExpect(status().isOk())
			.andDo(result -> HtmlChecker.assertValid(result.getResponse().getContentAsString(), "withdraw form"));
		mvc.perform(post(withdraw).with(as(adminA)).with(csrf()).param("reason", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("Enter why the request is withdrawn"))));
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);

		mvc.perform(post(withdraw).with(as(adminA)).with(csrf()).param("reason", "Our council is being renewed"))
			.andExpect(status().is3xxRedirection());
		AccreditationRequest withdrawn = requests.byId(id).orElseThrow();
		assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
		assertThat(withdrawn.getAudit().getLast().detail()).isEqualTo("Our council is being renewed");
		mvc.perform(post(withdraw).with(as(adminA)).with(csrf()).param("reason", "Again"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no longer open")));
	}

	private static RequestPostProcessor as(Person person) {
		return authentication(signedIn(person));
	}

}

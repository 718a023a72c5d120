package org.inclusivecities.platform.accreditation.reviewer;

import java.util.Map;

import org.inclusivecities.platform.people.Person;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The MockMvc steps the reviewer page tests share: a request as a signed-in person, a posted form, the body. */
final class ReviewerPages {

	private ReviewerPages() {
	}

	static ResultActions as(MockMvc mvc, Person person, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(signedIn(person))).with(csrf()));
	}

	static MockHttpServletRequestBuilder postForm(String path, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post(path);
		form.forEach((k, v) -> request.param(k, v));
		return request;
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

}

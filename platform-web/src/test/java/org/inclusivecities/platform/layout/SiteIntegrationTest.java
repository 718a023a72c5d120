package org.inclusivecities.platform.layout;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class SiteIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageSpeaksEnglishByDefaultAndDutchOnRequest() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Skip to main content")));
		mvc.perform(get("/").param("lang", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"nl\"")))
			.andExpect(content().string(containsString("Naar de hoofdinhoud")));
	}

	@Test
	void unknownLanguageFallsBackToEnglish() throws Exception {
		mvc.perform(get("/").param("lang", "xx-<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void unknownPageIsAFriendly404WithoutInternals() throws Exception {
		mvc.perform(get("/no-such-page").header("Accept-Language", "nl"))
			.andExpect(status().isNotFound());
	}

	@Test
	void healthProbesIncludeTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		// metrics only for a scraper with the configured token (none here): see HeadersIntegrationTest
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}

	@Test
	void linksAreWrittenAsTheTemplatesGiveThemAndStaticFilesAreServed() throws Exception {
		// no filter rewrites page links (LinkConfiguration); static files are named through #assets (Assets), with
		// their version or content hash, and the version-less addresses are still served
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("href=\"/webjars/govuk-frontend/5.")))
			.andExpect(content().string(containsString("href=\"/css/platform-")))
			.andExpect(content().string(containsString("src=\"/js/platform-")));
		mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
		mvc.perform(get("/css/platform.css")).andExpect(status().isOk());
		mvc.perform(get("/js/platform.js")).andExpect(status().isOk());
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
	}

}

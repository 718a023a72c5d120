package org.inclusivecities.platform.layout;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

}

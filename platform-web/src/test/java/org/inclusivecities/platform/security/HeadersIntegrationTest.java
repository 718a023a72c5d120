package org.inclusivecities.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the browser is told to enforce, the CSRF token's place, and who reads the metrics. */
@PlatformIntegrationTest(properties = "platform.web.metrics.token=scrape-me-0123456789")
@AutoConfigureMockMvc
class HeadersIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageCarriesAPolicyWithoutInlineScriptAndHstsOnlyOverHttps() throws Exception {
		for (String path : List.of("/", "/cities", "/practices", "/events", "/login", "/join", "/no-such-page")) {
			MvcResult page = mvc.perform(get(path)).andReturn();
			String csp = page.getResponse().getHeader("Content-Security-Policy");
			assertThat(csp).as(path)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
						"frame-ancestors 'none'", "img-src 'self' data:;")
				// the tests draw maps with tiles from this site (as a self-hosted tile server behind the same address)
				.doesNotContain("unsafe-inline", "unsafe-eval", "openstreetmap");
			assertThat(page.getResponse().getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
			assertThat(page.getResponse().getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
			assertThat(page.getResponse().getHeader("Strict-Transport-Security")).as(path).isNull();
		}
		// an HTTPS URL (the anonymous page cache keys by URL, scheme included, as Tomcat sees it behind the proxy)
		mvc.perform(get("https://localhost/about").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void noTemplateHasAnInlineScriptAnEventHandlerOrAStyleAttribute() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*th:src=)[^>]*>");
		Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern style = Pattern.compile("\\s(th:)?style\\s*=|<style", Pattern.CASE_INSENSITIVE);
		List<String> found = new ArrayList<>();
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(50);
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			for (Pattern pattern : List.of(inlineScript, handler, style)) {
				Matcher matcher = pattern.matcher(html);
				while (matcher.find()) {
					found.add(template.getFilename() + ": " + matcher.group());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void aCsrfTokenInTheQueryStringIsRefusedTheSameTokenInTheFormIsNot() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String form = mvc.perform(get("/password-reset").session(session)).andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();

		mvc.perform(post("/password-reset?_csrf=" + token.group(1)).session(session).param("email", "q@example.org"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/password-reset?%5Fcsrf=" + token.group(1)).session(session).param("email", "q@example.org"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/password-reset").session(session).param("email", "q@example.org").param("_csrf", token.group(1)))
			.andExpect(redirectedUrl("/password-reset/sent"));
	}

	@Test
	void prometheusMetricsOnlyForTheScraperWithTheToken() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer scrape-me-0123456789"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

}

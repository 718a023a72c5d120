package org.inclusivecities.platform.layout;

import java.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A forged {@code Host: evil.example} never reaches a link: not in a password-reset mail, not in a profile, the
 * sitemap, robots.txt or the feeds. No base URL is configured here, only the allowed hosts (localhost).
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class HostHeaderIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Outbox outbox;

	@Autowired
	Cities cities;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
	}

	@Test
	void aResetRequestedWithAForgedHostMailsALinkToTheRealSite() throws Exception {
		people.save(Person.create("host-victim@example.org", "Vic", Language.EN, clock.instant()));
		mvc.perform(post("/password-reset").param("email", "host-victim@example.org").header("Host", "evil.example")
			.with(csrf())).andExpect(redirectedUrl("/password-reset/sent"));

		List<OutboxMail> mails = await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.findAllByRecipientOrderByCreatedAtDesc("host-victim@example.org"), m -> !m.isEmpty());
		assertThat(mails.getFirst().getTextBody()).doesNotContain("evil.example").contains("http://localhost/password-reset/");
		assertThat(mails.getFirst().getHtmlBody()).doesNotContain("evil.example");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemap.xml", "/robots.txt", "/events.ics", "/events.atom", "/practices.atom",
			"/practices.csv", "/cities/gent", "/api/v1/cities", "/api/v1/events" })
	void absoluteUrlsNeverEchoAForgedHost(String path) throws Exception {
		String body = mvc.perform(get(path).header("Host", "evil.example").header("X-Forwarded-Host", "evil.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("evil.example");
	}

	@Test
	void anAllowedHostIsUsedAsGiven() throws Exception {
		String robots = mvc.perform(get("/robots.txt").header("Host", "127.0.0.1:8443"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots).contains("Sitemap: http://127.0.0.1:8443/sitemap.xml");
		assertThat(mvc.perform(get("/sitemap.xml").header("Host", "evil.example")).andReturn().getResponse()
			.getContentAsString()).contains("<loc>http://localhost/cities/gent</loc>");
	}

}

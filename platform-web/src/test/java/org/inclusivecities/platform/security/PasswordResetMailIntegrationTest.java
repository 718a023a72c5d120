package org.inclusivecities.platform.security;

import java.time.Clock;

import java.time.Instant;

import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The reset mail really leaves over SMTP (GreenMail), in the person's language, and its link works. */
@PlatformIntegrationTest(properties = { "platform.mail.poll-interval=PT0.5S",
		"platform.web.base-url=https://cities.example/" })
@AutoConfigureMockMvc
class PasswordResetMailIntegrationTest {

	@Autowired
	Clock clock;

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void resetMailIsDeliveredInThePersonsLanguageWithAWorkingLink() throws Exception {
		people.save(Person.create("joost@example.org", "Joost", Language.NL, clock.instant()));
		mvc.perform(post("/password-reset").param("email", "joost@example.org").with(csrf()))
			.andExpect(redirectedUrl("/password-reset/sent"));

		assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("joost@example.org");
		assertThat(mail.getSubject()).isEqualTo("Kies een nieuw wachtwoord voor Inclusieve Steden");
		String text = TestMailServer.plainText(mail);
		assertThat(text).contains("Hallo Joost").contains("60 minuten");
		String link = PasswordSignInIntegrationTest.linkIn(text);
		assertThat(link).startsWith("https://cities.example/password-reset/");

		String path = link.substring("https://cities.example".length());
		mvc.perform(post(path).param("password", "nieuw en lang genoeg").param("confirmation", "nieuw en lang genoeg")
			.with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(PasswordSignInIntegrationTest.login("joost@example.org", "nieuw en lang genoeg", "10.2.0.1"))
			.andExpect(authenticated());
	}


}

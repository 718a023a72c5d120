package org.inclusivecities.platform.security;

import java.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class PasswordSignInIntegrationTest {

	@Autowired
	Clock clock;

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Outbox outbox;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void signsInWithTheRightPasswordOnly() throws Exception {
		person("ana@example.org");
		mvc.perform(login("Ana@Example.org ", PASSWORD, "10.0.0.1"))
			.andExpect(authenticated().withUsername("ana@example.org"));
		mvc.perform(login("ana@example.org", "wrong password!", "10.0.0.1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveFailuresLockTheAccountFromThatAddressEvenForTheRightPasswordAndSayNothingAboutTheAccount()
			throws Exception {
		person("bo@example.org");
		for (int i = 0; i < 4; i++) {
			mvc.perform(login("bo@example.org", "guess " + i, "10.0.0.10")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login("bo@example.org", "guess 5", "10.0.0.10"))
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(login("BO@example.org", PASSWORD, "10.0.0.10"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		// the lockout is no denial of service: the owner, from their own address, gets in
		mvc.perform(login("bo@example.org", PASSWORD, "10.0.0.21")).andExpect(authenticated());
		// an address without an account is locked the same way: the page does not tell them apart
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("nobody@example.org", "guess " + i, "10.0.1.9"));
		}
		mvc.perform(login("nobody@example.org", "guess", "10.0.1.9"))
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("Too many sign-in attempts")));
		// other people are not affected
		person("cy@example.org");
		mvc.perform(login("cy@example.org", PASSWORD, "10.0.0.22"))
			.andExpect(authenticated());
	}

	@Test
	void oneClientAddressTriesManyAccountsAndIsStopped() throws Exception {
		person("dee@example.org");
		for (int i = 0; i < 20; i++) {
			mvc.perform(login("spray" + i + "@example.org", "x", "10.9.9.9"));
		}
		mvc.perform(login("dee@example.org", PASSWORD, "10.9.9.9"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void passwordResetMailsASingleUseLinkAndAnswersTheSameForUnknownAddresses() throws Exception {
		person("eve@example.org");
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("eve@example.org", "guessing, then forgotten " + i, "10.1.0.1"));
		}
		mvc.perform(login("eve@example.org", PASSWORD, "10.1.0.1")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(post("/password-reset").param("email", "nobody-here@example.org").with(csrf()))
			.andExpect(redirectedUrl("/password-reset/sent"));
		mvc.perform(post("/password-reset").param("email", "EVE@example.org").with(csrf()))
			.andExpect(redirectedUrl("/password-reset/sent"));
		List<OutboxMail> mails = mailsTo("eve@example.org");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc("nobody-here@example.org")).isEmpty();
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Choose a new password for Inclusive Cities");
		String link = linkIn(mails.get(0).getTextBody());
		assertThat(mails.get(0).getHtmlBody()).contains(link);
		String path = link.substring(link.indexOf("/password-reset/"));

		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("new-password")));
		mvc.perform(post(path).param("password", "short").param("confirmation", "short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#password\"")))
			.andExpect(content().string(containsString("Use at least 12 characters")));
		mvc.perform(post(path).param("password", "a brand new secret").param("confirmation", "a brand new secrets").with(csrf()))
			.andExpect(content().string(containsString("href=\"#confirmation\"")));
		mvc.perform(post(path).param("password", "a brand new secret").param("confirmation", "a brand new secret").with(csrf()))
			.andExpect(redirectedUrl("/login"));

		mvc.perform(login("eve@example.org", "a brand new secret", "10.1.0.1"))
			.andExpect(authenticated());
		mvc.perform(get(path)).andExpect(content().string(containsString("This link no longer works")));
		mvc.perform(post(path).param("password", "another new secret").param("confirmation", "another new secret").with(csrf()))
			.andExpect(content().string(containsString("This link no longer works")));
		assertThat(encoder.matches("a brand new secret", people.findByEmail("eve@example.org").orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void resetFormValidatesTheEmailField() throws Exception {
		mvc.perform(post("/password-reset").param("email", "not an email").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#email\"")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")));
		mvc.perform(get("/password-reset/" + "A".repeat(43)))
			.andExpect(content().string(containsString("This link no longer works")));
	}

	@Test
	void signedInPersonChangesTheirPasswordKnowingTheCurrentOne() throws Exception {
		Person person = person("fay.tester@example.org");
		var principal = user(new PasswordAccount(person));
		mvc.perform(post("/my/profile/password").with(principal).with(csrf())
			.param("currentPassword", "not it at all").param("password", "my next password").param("confirmation", "my next password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#currentPassword\"")));
		mvc.perform(post("/my/profile/password").with(principal).with(csrf())
			.param("currentPassword", PASSWORD).param("password", "Fay.Tester forever").param("confirmation", "Fay.Tester forever"))
			.andExpect(content().string(containsString("Do not use your email address")));
		mvc.perform(post("/my/profile/password").with(principal).with(csrf())
			.param("currentPassword", PASSWORD).param("password", "my next password").param("confirmation", "my next password"))
			.andExpect(redirectedUrl("/my/profile"));
		assertThat(encoder.matches("my next password", people.findByEmail("fay.tester@example.org").orElseThrow().getPasswordHash()))
			.isTrue();
		mvc.perform(post("/my/profile/password").param("password", "x")).andExpect(status().isForbidden());
	}

	@Test
	void logoutNeedsAPostWithCsrfToken() throws Exception {
		Person person = person("gus@example.org");
		mvc.perform(post("/logout").with(user(new PasswordAccount(person))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user(new PasswordAccount(person))).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/my/profile")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(content().string(not(containsString("oauth2/authorization"))));
	}

	Person person(String email) {
		Person person = Person.create(email, "Person " + email.charAt(0), Language.EN, clock.instant());
		person.changePassword(encoder.encode(PASSWORD));
		return people.save(person);
	}

	List<OutboxMail> mailsTo(String recipient) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.findAllByRecipientOrderByCreatedAtDesc(recipient), mails -> !mails.isEmpty());
	}

	static MockHttpServletRequestBuilder login(String email, String password, String address) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with(from(address));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String linkIn(String text) {
		Matcher matcher = Pattern.compile("https?://\\S+/password-reset/[A-Za-z0-9_-]{43}").matcher(text);
		assertThat(matcher.find()).as("reset link in %s", text).isTrue();
		return matcher.group();
	}

}

package org.inclusivecities.platform.accreditation.reviewer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.ReassignmentJob;
import org.inclusivecities.platform.request.ReviewInvitations;
import org.inclusivecities.platform.request.ReviewReminderJob;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitation really leaves over SMTP naming the city under review, its link leads (through sign-in) straight to
 * the review page; the reassignment invitation and the review-deadline reminder carry the same link, once each.
 */
@PlatformIntegrationTest(properties = { "platform.mail.poll-interval=PT0.5S",
		"platform.web.base-url=https://cities.example/" })
@AutoConfigureMockMvc
@Import({ ReviewerFixture.Setup.class, AccreditationNetwork.Clock.class })
class ReviewInvitationMailIntegrationTest {

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewerFixture fixture;

	@Autowired
	ReviewInvitations invitations;

	@Autowired
	ReassignmentJob reassignment;

	@Autowired
	ReviewReminderJob reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	MovableClock clock;

	@Test
	void invitationNamesTheCityAndItsLinkLeadsThroughSignInToTheReviewPage() throws Exception {
		fixture.network("m");
		String id = fixture.ask(fixture.city("Mailham"));
		fixture.routeAndConfirm(id);
		List<Person> seated = fixture.seated(id).stream().map(r -> fixture.people.findById(r).orElseThrow()).toList();

		assertThat(smtp.waitForIncomingEmail(15_000, 3)).isTrue();
		Person reviewer = seated.getFirst();
		MimeMessage mail = to(reviewer.getEmail());
		assertThat(mail.getSubject()).isEqualTo("You are invited to review the accreditation request of Mailham");
		String text = TestMailServer.plainText(mail);
		assertThat(text).contains("The city under review: Mailham.", "Please accept or decline the invitation by 18 January 2027");
		for (Person other : seated.subList(1, seated.size())) {
			assertThat(text).doesNotContain(other.getDisplayName(), other.getEmail());
		}
		String link = linkIn(text);
		assertThat(link).isEqualTo("https://cities.example/my/reviews/" + id);

		// followed while signed out: sign in first, then land on the review page itself
		String path = link.substring("https://cities.example".length());
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get(path).session(session)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		String target = mvc.perform(post("/login").session(session)
				.param("username", reviewer.getEmail())
				.param("password", ReviewerFixture.PASSWORD)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(target).contains(path);
		mvc.perform(get(target.replaceFirst("^https?://[^/]+", "")).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Accreditation review of Mailham")));

		// a declined seat is offered to the next reviewer, with the same direct link
		invitations.decline(reviewer.getId(), id, "No time");
		reassignment.run();
		Person replacement = fixture.people.findById(fixture.seated(id).getLast()).orElseThrow();
		assertThat(seated.stream().map(Person::getId)).doesNotContain(replacement.getId());
		OutboxMail offered = latest(replacement, "review-invitation");
		assertThat(offered.getSubject()).isEqualTo("You are invited to review the accreditation request of Mailham");
		assertThat(offered.getTextBody()).contains("A reviewer could not take part", "The city under review: Mailham.",
				"https://cities.example/my/reviews/" + id).doesNotContain(reviewer.getDisplayName(), reviewer.getEmail());

		// a week before the end of the review period: one reminder to the reviewer who accepted and has not submitted
		Person accepted = seated.get(1);
		invitations.accept(accepted.getId(), id);
		LocalDate due = fixture.request(id).getReviewPeriod().to();
		clock.set(due.minusDays(7).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plus(Duration.ofHours(7)));
		reminders.run();
		reminders.run();
		List<OutboxMail> sent = outbox.findAllByRecipientOrderByCreatedAtDesc(accepted.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals("review-reminder"))
			.toList();
		assertThat(sent).hasSize(1);
		assertThat(sent.getFirst().getSubject()).isEqualTo("Reminder: your review of Mailham is due soon");
		assertThat(sent.getFirst().getTextBody()).contains("due by 13 February 2027",
				"https://cities.example/my/reviews/" + id);
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(seated.get(2).getEmail()))
			.noneMatch(m -> m.getTemplate().equals("review-reminder"));

		// the third reviewer never answered: past the respond-by date the invitation expires, and the page says so
		Person silent = seated.get(2);
		reassignment.run();
		mvc.perform(get(path).with(authentication(signedIn(silent))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This invitation expired")));
		mvc.perform(post(path + "/accept").with(authentication(signedIn(silent))).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This invitation expired, so nothing was changed.")));
	}

	private static MimeMessage to(String email) throws Exception {
		MimeMessage[] received = smtp.receivedTo(email);
		if (received.length == 0) {
			throw new AssertionError("no mail to " + email);
		}
		return received[0];
	}

	private OutboxMail latest(Person person, String template) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + template + " mail"));
	}

	static String linkIn(String text) {
		Matcher matcher = Pattern.compile("https://cities\\.example/my/reviews/\\S+").matcher(text);
		assertThat(matcher.find()).as("review link in %s", text).isTrue();
		return matcher.group();
	}


}

package org.inclusivecities.platform.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.request.RenewalReminderJob;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review workflow's three mails render from the web templates with the model the review services
 * really pass, in English and Dutch, with absolute links on the configured base URL.
 */
@PlatformIntegrationTest(properties = "platform.web.base-url=https://cities.example/")
@Import({ AccreditationNetwork.Setup.class, AccreditationNetwork.Clock.class })
class ReviewMailIntegrationTest {

	static final Instant NOW = AccreditationNetwork.NOW;

	static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

	@Autowired
	Decisions decisions;

	@Autowired
	RenewalReminderJob renewals;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	People people;

	@Autowired
	Outbox outbox;

	@Autowired
	MovableClock clock;

	@Test
	void invitationDecisionAndRenewalMailsRenderInEnglishAndDutch() {
		Person secretariat = network.secretariat("secretariat@mail.example", "secretariat", Language.EN, NOW);
		City reviewed = network.city("Reviewville", 80_000L, "en", NOW);
		String cityR = reviewed.getId();
		person("admin-en", cityR, Role.CITY_ADMIN, Language.EN);
		person("admin-nl", cityR, Role.CITY_ADMIN, Language.NL);
		for (String city : List.of("city-s", "city-t", "city-u")) {
			network.nominate(person("reviewer-" + city, city, Role.REVIEWER, city.equals("city-s") ? Language.NL : Language.EN),
					city, new ReviewerProfile(Set.of("en"), Set.of(), 2));
		}
		String id = network.ask(cityR, people.findByEmail("admin-en@mail.example").orElseThrow(),
				new PlanSnapshot(Map.of("mission", "No one walks alone"), 3, NOW), Set.of("en"),
				new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)));
		AccreditationRequest confirmed = network.routeAndConfirm(secretariat, id);

		LocalDate respondBy = LocalDate.ofInstant(NOW.plus(java.time.Duration.ofDays(14)), ZoneOffset.UTC);
		OutboxMail invitationNl = latest("reviewer-city-s@mail.example", "review-invitation");
		assertThat(invitationNl.getSubject())
			.isEqualTo("U bent uitgenodigd om de accreditatieaanvraag van Reviewville te beoordelen");
		assertThat(invitationNl.getTextBody()).contains("De beoordeelde stad: Reviewville.",
				"uiterlijk op " + NL.format(respondBy), "https://cities.example/my/reviews/" + id);
		assertThat(invitationNl.getHtmlBody()).contains("href=\"https://cities.example/my/reviews/" + id + "\"");
		OutboxMail invitationEn = latest("reviewer-city-t@mail.example", "review-invitation");
		assertThat(invitationEn.getSubject()).isEqualTo("You are invited to review the accreditation request of Reviewville");
		assertThat(invitationEn.getTextBody()).contains("The city under review: Reviewville.", "by " + EN.format(respondBy),
				"https://cities.example/my/reviews/" + id);
		// blind towards the other reviewers too: no mail names another reviewer
		for (String other : List.of("reviewer-city-s", "reviewer-city-u")) {
			assertThat(invitationEn.getTextBody()).doesNotContain(other);
			assertThat(invitationEn.getHtmlBody()).doesNotContain(other);
		}

		network.reviewEverySeat(confirmed, AccreditationNetwork.scores(4, "Seen in section "), Recommendation.ACCREDIT, "");
		LocalDate due = LocalDate.of(2027, 9, 1);
		Decision decision = decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT_WITH_CONDITIONS,
				"Meets the charter", List.of(new Decision.Condition("Publish the baseline", due)))
			.getDecision();

		OutboxMail decisionEn = latest("admin-en@mail.example", "accreditation-decision");
		assertThat(decisionEn.getSubject()).isEqualTo("The decision on the accreditation request of Reviewville");
		assertThat(decisionEn.getTextBody()).contains("Accredited with conditions", "Meets the charter",
				"Publish the baseline (by " + EN.format(due) + ")", "valid until " + EN.format(decision.validUntil()),
				decision.certificateCode(), "https://cities.example/accreditations/" + decision.certificateCode(),
				"https://cities.example/my/cities/" + reviewed.getSlug() + "/accreditation");
		OutboxMail decisionNl = latest("admin-nl@mail.example", "accreditation-decision");
		assertThat(decisionNl.getSubject()).isEqualTo("De beslissing over de accreditatieaanvraag van Reviewville");
		assertThat(decisionNl.getHtmlBody()).contains("Geaccrediteerd onder voorwaarden",
				"geldig tot " + NL.format(decision.validUntil()), decision.certificateCode());

		clock.set(decision.validUntil().minusMonths(6).atStartOfDay().toInstant(ZoneOffset.UTC));
		renewals.run();
		OutboxMail reminderEn = latest("admin-en@mail.example", "accreditation-renewal-reminder");
		assertThat(reminderEn.getSubject()).isEqualTo("The accreditation of Reviewville expires soon");
		assertThat(reminderEn.getTextBody()).contains("valid until " + EN.format(decision.validUntil()),
				"about 6 months", "https://cities.example/my/cities/" + reviewed.getSlug() + "/accreditation");
		OutboxMail reminderNl = latest("admin-nl@mail.example", "accreditation-renewal-reminder");
		assertThat(reminderNl.getSubject()).isEqualTo("De accreditatie van Reviewville verloopt binnenkort");
		assertThat(reminderNl.getHtmlBody()).contains("geldig tot " + NL.format(decision.validUntil()),
				"over ongeveer 6 maanden");
	}

	private OutboxMail latest(String recipient, String template) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(recipient)
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + template + " mail"));
	}

	private Person person(String name, String cityId, Role role, Language language) {
		return network.person(name + "@mail.example", name, language, cityId, role, NOW, "seed");
	}

}

package org.inclusivecities.platform.join;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Invitations;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/** An approval that fails half-way is finished later, once, instead of leaving a member city without an admin. */
@PlatformIntegrationTest
class ApprovalFollowUpIntegrationTest {

	static final String CONTACT = "contact@halfway.example";

	@Autowired
	NetworkApplications applications;

	@Autowired
	ApplicationDecisions decisions;

	@Autowired
	CityApplications stored;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	Invitations invitations;

	@Autowired
	Outbox outbox;

	@Autowired
	Clock clock;

	@MockitoSpyBean
	CityMembers members;

	@Test
	void anApprovalInterruptedBeforeTheInvitationIsFinishedByTheFollowUpExactlyOnce() {
		CityApplication application = applications.apply(
				new CityProfile("Halfway", "BE", null, 50_000L, List.of("nl"), null, null),
				new ApplicationContact("Hanne", CONTACT, Language.NL), "%PDF-1.4 demo charter".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				"charter.pdf", LocalDate.of(2026, 9, 1));
		doThrow(new DataAccessResourceFailureException("database went away")).when(members)
			.issue(anyString(), anyString(), any(), anyString());

		assertThatThrownBy(() -> decisions.approve(application.getId(), "secretariat", "https://site.example"))
			.isInstanceOf(DataAccessResourceFailureException.class);
		CityApplication halfway = stored.findById(application.getId()).orElseThrow();
		assertThat(halfway.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(halfway.pendingWelcome()).contains("https://site.example");
		assertThat(welcomeMails()).isEmpty();
		assertThatThrownBy(() -> decisions.approve(application.getId(), "secretariat", "https://site.example"))
			.isInstanceOf(ApplicationAlreadyDecided.class);

		doCallRealMethod().when(members).issue(anyString(), anyString(), any(), anyString());
		assertThat(decisions.finishApprovals(clock.instant().minus(ApprovalFollowUp.GRACE)))
			.as("a fresh approval gets its grace period").isZero();
		assertThat(decisions.finishApprovals(clock.instant().plus(ApprovalFollowUp.GRACE))).isEqualTo(1);

		var city = cities.findById(application.getCityId()).orElseThrow();
		assertThat(city.getStatus()).isEqualTo(CityStatus.MEMBER);
		var contact = people.findByEmail(CONTACT).orElseThrow();
		assertThat(contact.hasRole(city.getId(), Role.CITY_ADMIN)).isTrue();
		List<OutboxMail> mails = welcomeMails();
		assertThat(mails).hasSize(1);
		assertThat(mails.getFirst().getTextBody()).contains("https://site.example/invitations/");
		assertThat(invitations.findTop50ByCityIdOrderByCreatedAtDesc(city.getId())).hasSize(1);
		assertThat(stored.findById(application.getId()).orElseThrow().pendingWelcome()).isEmpty();

		assertThat(decisions.finishApprovals(clock.instant().plus(ApprovalFollowUp.GRACE))).isZero();
		assertThat(welcomeMails()).hasSize(1);
	}

	private List<OutboxMail> welcomeMails() {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(CONTACT)
			.stream()
			.filter(mail -> mail.getTemplate().equals("join-approved"))
			.toList();
	}

}

package org.inclusivecities.platform.plan;

import java.time.Clock;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;
import org.inclusivecities.platform.city.PersonalDataService;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasing a person who sits on a council withdraws their consent to be named, in the draft's city and in every
 * published version that lists them: the public view (which the profile, the JSON, the PDF and the feeds read) no
 * longer names them, while another member keeps their name; who withdrew it is erased too.
 */
@PlatformIntegrationTest
class CouncilMemberErasureIntegrationTest {

	@Autowired
	Clock clock;

	static final Editor ADMIN = new Editor("p-admin", "Ada Admin");

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	CouncilConsents consents;

	@Autowired
	PublicPlans publicPlans;

	@Autowired
	PersonalDataService personalData;

	@Test
	void erasingAPersonWithdrawsTheirConsentEverywhere() {
		String city = "city-erasure-" + System.nanoTime();
		CouncilMember noor = CouncilMember.create("Noor Named", "Herstelcafe", CouncilProfile.PERSON_IN_RECOVERY, "p-noor");
		CouncilMember bert = CouncilMember.create("Bert Stays", "Library", CouncilProfile.SCIENTIST, null);
		plans.save(city, PlanPart.COUNCIL, 0, new Council(List.of(noor, bert)), ADMIN);
		LocalDate given = LocalDate.now(clock).minusDays(3);
		consents.record(city, noor.id(), CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING, given, ADMIN);
		consents.record(city, bert.id(), CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING, given, ADMIN);
		publisher.publish(city, ADMIN);
		// she then leaves the council: only the published version still lists her
		plans.save(city, PlanPart.COUNCIL, 1, new Council(List.of(bert)), ADMIN);
		assertThat(names(city)).containsExactly("Noor Named", "Bert Stays");

		personalData.erase(new DataSubject("p-noor", "noor@example.org", "Noor Named"));

		assertThat(names(city)).containsExactly(null, "Bert Stays");
		CouncilConsent withdrawn = consents.history(city, noor.id()).getFirst();
		assertThat(withdrawn.isWithdrawn()).isTrue();
		assertThat(withdrawn.withdrawnById()).isEqualTo(PersonalData.ERASED);
		assertThat(withdrawn.withdrawnByName()).isEqualTo(PersonalData.ERASED);
		assertThat(consents.now(city).namedPublicly(bert.id())).isTrue();
	}

	private List<String> names(String city) {
		return publicPlans.latest(city).orElseThrow().council().stream().map(PublicPlan.PublicMember::name).toList();
	}

}

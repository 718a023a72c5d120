package org.inclusivecities.platform.subscription;

import java.time.Instant;

import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalDataService;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SharesContext
@PlatformIntegrationTest
class SubscriptionPersonalDataIntegrationTest {

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	PersonalDataService personalData;

	@Test
	void aPersonsSubscriptionIsInTheirExportWithoutTokensAndGoneAfterErasure() {
		Instant now = Instant.parse("2026-06-01T10:00:00Z");
		Subscription theirs = Subscription.pending("ann@example.org", Language.NL, Frequency.WEEKLY, "https://x", now);
		theirs.issueConfirmToken(now);
		subscriptions.save(theirs);
		subscriptions.save(Subscription.pending("bob@example.org", Language.EN, Frequency.MONTHLY, "https://x", now));
		DataSubject ann = new DataSubject("ann-id", "ann@example.org", "Ann");

		String export = personalData.export(ann);
		assertThat(export).contains("ann@example.org", "WEEKLY").doesNotContain("bob@example.org", "TokenHash");

		personalData.erase(ann);
		assertThat(subscriptions.findByEmail("ann@example.org")).isEmpty();
		assertThat(subscriptions.findByEmail("bob@example.org")).isPresent();
	}

}

package org.inclusivecities.platform.subscription;

import java.time.Instant;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.SecretTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionTest {

	static final Instant CONFIRMED = Instant.parse("2026-01-31T18:00:00Z");

	@Test
	void aWeeklyDigestIsDueOnTheSeventhDayAndAMonthlyOneAMonthLater() {
		Subscription weekly = confirmed(Frequency.WEEKLY);
		assertThat(weekly.due(Instant.parse("2026-02-06T23:59:00Z"))).isFalse();
		assertThat(weekly.due(Instant.parse("2026-02-07T07:00:00Z"))).as("the daily run that morning").isTrue();

		Subscription monthly = confirmed(Frequency.MONTHLY);
		assertThat(monthly.due(Instant.parse("2026-02-27T07:00:00Z"))).isFalse();
		assertThat(monthly.due(Instant.parse("2026-02-28T07:00:00Z"))).as("31 January plus a month").isTrue();
		monthly.digestSent(Instant.parse("2026-02-28T07:00:00Z"));
		assertThat(monthly.due(Instant.parse("2026-03-27T07:00:00Z"))).isFalse();
		assertThat(monthly.due(Instant.parse("2026-03-28T07:00:00Z"))).isTrue();
	}

	@Test
	void aPendingSubscriptionIsNeverDueAndItsLinkExpiresAfterSevenDays() {
		Subscription pending = Subscription.pending("a@example.org", Language.EN, Frequency.WEEKLY, "https://x", CONFIRMED);
		pending.issueConfirmToken(CONFIRMED);
		assertThat(pending.due(CONFIRMED.plusSeconds(86_400L * 60))).isFalse();
		assertThat(pending.confirmable(CONFIRMED.plusSeconds(86_400L * 7 - 1))).isTrue();
		assertThat(pending.confirmable(CONFIRMED.plusSeconds(86_400L * 7))).isFalse();
	}

	@Test
	void confirmationMailsToOneAddressAreSpacedAndCappedPerDay() {
		Subscription pending = Subscription.pending("a@example.org", Language.EN, Frequency.WEEKLY, "https://x", CONFIRMED);
		Instant t = CONFIRMED;
		for (int mail = 0; mail < Subscription.CONFIRM_MAILS_PER_DAY; mail++) {
			assertThat(pending.mayMailConfirmation(t)).as("mail %d", mail + 1).isTrue();
			pending.confirmationMailed(t);
			assertThat(pending.mayMailConfirmation(t.plusSeconds(60))).as("a minute after mail %d", mail + 1).isFalse();
			t = t.plus(Subscription.CONFIRM_MAIL_SPACING);
		}
		assertThat(pending.mayMailConfirmation(CONFIRMED.plusSeconds(3_600))).as("the fourth that day").isFalse();
		assertThat(pending.mayMailConfirmation(CONFIRMED.plusSeconds(86_400 + 600))).as("the next day").isTrue();
	}

	@Test
	void onlyTheMostRecentUnsubscribeLinksAreKeptAndOnlyAsDigests() {
		Subscription subscription = confirmed(Frequency.WEEKLY);
		String first = subscription.issueUnsubscribeToken();
		for (int i = 0; i < Subscription.KEPT_UNSUBSCRIBE_LINKS; i++) {
			subscription.issueUnsubscribeToken();
		}
		String last = subscription.issueUnsubscribeToken();
		assertThat(last).startsWith("u");
		assertThat(subscription).extracting("unsubscribeTokenHashes")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(Subscription.KEPT_UNSUBSCRIBE_LINKS)
			.contains(SecretTokens.hash(last))
			.doesNotContain(SecretTokens.hash(first), last);
	}

	private static Subscription confirmed(Frequency frequency) {
		Subscription subscription = Subscription.pending("a@example.org", Language.EN, frequency, "https://x", CONFIRMED);
		subscription.issueConfirmToken(CONFIRMED);
		subscription.confirm(CONFIRMED);
		return subscription;
	}

}

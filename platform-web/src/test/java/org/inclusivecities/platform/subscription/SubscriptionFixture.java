package org.inclusivecities.platform.subscription;

import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.inclusivecities.platform.practice.PracticeTestContent;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the subscription tests seed through the real services: a clock standing at {@link #T} until a test moves
 * it, confirmed subscriptions, cities and practices published in them (news for a digest). Import {@link Setup}.
 */
record SubscriptionFixture(Cities cities, Subscriptions subscriptions, PracticeEditing editing,
		PracticeModeration moderation) {

	/** A Monday morning. */
	static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

	/** The clock at {@link #T} and the fixture. */
	@TestConfiguration
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(T);
		}

		@Bean
		SubscriptionFixture subscriptionFixture(Cities cities, Subscriptions subscriptions, PracticeEditing editing,
				PracticeModeration moderation) {
			return new SubscriptionFixture(cities, subscriptions, editing, moderation);
		}

	}

	/** A Belgian, Dutch-speaking city applying at {@link #T}. */
	City city(String name) {
		return cities.save(City.apply(new CityProfile(name, "BE", null, 1L, List.of("nl"), null, null), T));
	}

	/** A practice of the city, submitted and published now (by the clock). */
	void publish(City city, String title) {
		String id = editing.create(city.getId(), PracticeTestContent.content(title), "p1").getId();
		editing.submit(city.getId(), id);
		moderation.publish(id, "admin");
	}

	/** A subscription asked for and confirmed at {@link #T} on https://cities.example. */
	Subscription confirmed(String email, Language language, Frequency frequency) {
		Subscription subscription = Subscription.pending(email, language, frequency, "https://cities.example", T);
		subscription.issueConfirmToken(T);
		subscription.confirm(T);
		return subscriptions.save(subscription);
	}

}

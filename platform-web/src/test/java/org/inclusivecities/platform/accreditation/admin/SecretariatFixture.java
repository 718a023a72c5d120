package org.inclusivecities.platform.accreditation.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;
import org.inclusivecities.platform.scoring.Recommendation;

/**
 * Seeds cities, people, reviewers and requests for the secretariat page tests, on the {@link AccreditationNetwork}:
 * cities speaking one language (Dutch unless told), people named after their e-mail address, reviewers taking two
 * reviews at a time and requests whose reviewers must read that language.
 */
final class SecretariatFixture {

	private final AccreditationNetwork network;

	private final String language;

	/** Whether a request's reviewers must read its language (a hard rule of routing), not only preferably. */
	private final boolean languageRequired;

	SecretariatFixture(AccreditationNetwork network) {
		this(network, "nl", false);
	}

	private SecretariatFixture(AccreditationNetwork network, String language, boolean languageRequired) {
		this.network = network;
		this.language = language;
		this.languageRequired = languageRequired;
	}

	/**
	 * The seeds of one width of a journey: Dutch on the desktop, French at 390 px, and every request asks that its
	 * reviewers read its language, so the two widths never meet in routing; names take {@link #suffix(Width)}.
	 */
	static SecretariatFixture at(AccreditationNetwork network, Width width) {
		return new SecretariatFixture(network, width == Width.DESKTOP ? "nl" : "fr", true);
	}

	/** What one width's names end with, so that they differ from the other width's. */
	static String suffix(Width width) {
		return width == Width.DESKTOP ? "" : " 390";
	}

	City city(String name) {
		return network.city(name, 80_000L, language, Instant.now());
	}

	Person person(String name, City city, Role role) {
		return network.person(email(name), name, Language.EN, city == null ? null : city.getId(), role, Instant.now(),
				"test");
	}

	Person secretariat(String name) {
		return network.secretariat(email(name), name, Language.EN, Instant.now());
	}

	/** A REVIEWER of the city, nominated with the fixture's language and two concurrent reviews. */
	Person reviewer(String name, City city) {
		return network.nominate(person(name, city, Role.REVIEWER), city.getId(),
				new ReviewerProfile(Set.of(language), Set.of(), 2));
	}

	/** A reviewer in each of four cities: "{reviewers} North" of "{cities} North", then South, East and West. */
	void reviewersInFourCities(String reviewers, String cities) {
		for (String quarter : java.util.List.of("North", "South", "East", "West")) {
			reviewer(reviewers + " " + quarter, city(cities + " " + quarter));
		}
	}

	String request(City city, Person admin) {
		LocalDate from = LocalDate.now().plusMonths(2);
		return network.accreditation()
			.submit(city.getId(), admin.getId(),
					new PlanSnapshot(Map.of("mission", "No one walks the recovery path alone"), 3, Instant.now()),
					Set.of(language), Set.of(), new Period(from, from.plusMonths(1)), List.of(), languageRequired);
	}

	/** The secretariat routes and confirms the request, and every seat reviews it with 3s and this recommendation. */
	void routedAndReviewed(Person secretariat, String requestId, Recommendation recommendation) {
		network.reviewEverySeat(network.routeAndConfirm(secretariat, requestId), scores(3), recommendation, "");
	}

	static Map<Criterion, CriterionScore> scores(int value) {
		return AccreditationNetwork.scores(value, "Seen in section ");
	}

	private static String email(String name) {
		return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
	}

}

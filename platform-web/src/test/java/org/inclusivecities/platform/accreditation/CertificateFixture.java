package org.inclusivecities.platform.accreditation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.scoring.Recommendation;

/**
 * Certificates through the real review services on the {@link AccreditationNetwork} (its clock at
 * {@link AccreditationNetwork#NOW}): a member city accredited with one condition by reviewers of six other cities,
 * then, if asked, appealed and decided again by the three who did not review it yet. Every name starts with the
 * prefix, so classes sharing a context never meet; reviewers and their cities are named "{prefix} Reviewer n" and
 * "{prefix} Reviewer City n", for tests that prove nobody sees them.
 */
public final class CertificateFixture {

	public static final LocalDate CONDITION_DUE = LocalDate.of(2027, 9, 1);

	private final AccreditationNetwork network;

	private final Decisions decisions;

	public CertificateFixture(AccreditationNetwork network, Decisions decisions) {
		this.network = network;
		this.decisions = decisions;
	}

	/** A city accredited with conditions, its admin, the secretariat and the reviewers who might see it. */
	public record Accredited(City city, Person admin, Person secretariat, String requestId, Decision decision,
			List<Person> reviewers, List<City> reviewerCities) {

		public String code() {
			return decision.certificateCode();
		}

	}

	public Accredited accredit(String prefix) {
		String mail = prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		City city = City.apply(new CityProfile(prefix + " City", "BE", null, 70_000L, List.of("en"), null, null),
				AccreditationNetwork.NOW);
		city.moveTo(CityStatus.MEMBER, AccreditationNetwork.NOW, "seed", "admitted");
		city = network.cities().save(city);
		Person secretariat = network.secretariat(mail + "-secretariat@cert.example", prefix + " Secretariat",
				Language.EN, AccreditationNetwork.NOW);
		Person admin = network.person(mail + "-admin@cert.example", prefix + " Admin", Language.EN, city.getId(),
				Role.CITY_ADMIN, AccreditationNetwork.NOW, "seed");
		List<Person> reviewers = new ArrayList<>();
		List<City> reviewerCities = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			City home = network.city(prefix + " Reviewer City " + i, 40_000L, "en", AccreditationNetwork.NOW);
			reviewerCities.add(home);
			Person reviewer = network.person(mail + "-reviewer-" + i + "@cert.example", prefix + " Reviewer " + i,
					Language.EN, home.getId(), Role.REVIEWER, AccreditationNetwork.NOW, "seed");
			reviewers.add(network.nominate(reviewer, home.getId(), new ReviewerProfile(Set.of("en"), Set.of(), 2)));
		}
		String id = network.ask(city.getId(), admin,
				new PlanSnapshot(Map.of("mission", "Together"), 1, AccreditationNetwork.NOW), Set.of("en"),
				new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)));
		Decision decision = review(secretariat, id, Recommendation.ACCREDIT_WITH_CONDITIONS);
		return new Accredited(city, admin, secretariat, id, decision, reviewers, reviewerCities);
	}

	/** The city's admin appeals the decision: its certificate is suspended. */
	public void appeal(Accredited accredited, String reason) {
		network.accreditation().appeal(accredited.city().getId(), accredited.requestId(), accredited.admin().getId(),
				reason);
	}

	/** The appeal round: new reviewers route, review and the secretariat decides again. */
	public Decision decideAgain(Accredited accredited, Recommendation outcome) {
		return review(accredited.secretariat(), accredited.requestId(), outcome);
	}

	private Decision review(Person secretariat, String id, Recommendation outcome) {
		network.reviewEverySeat(network.routeAndConfirm(secretariat, id), AccreditationNetwork.scores(4, "Section "),
				Recommendation.ACCREDIT, "");
		return switch (outcome) {
			case ACCREDIT_WITH_CONDITIONS -> decisions.decide(secretariat.getId(), id, outcome, "Meets the charter",
					List.of(new Decision.Condition("Publish the baseline", CONDITION_DUE))).getDecision();
			case ACCREDIT -> decisions.decide(secretariat.getId(), id, outcome, "Meets the charter on appeal", List.of())
				.getDecision();
			case NOT_YET -> decisions.decide(secretariat.getId(), id, outcome, "Not yet, on appeal", List.of(),
					List.of(new Decision.Improvement("Add indicators", LocalDate.of(2027, 12, 1)))).getDecision();
		};
	}

}

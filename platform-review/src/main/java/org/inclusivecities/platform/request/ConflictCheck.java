package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.routing.Candidate;

import org.springframework.stereotype.Service;

/**
 * "Could this person review that city, and if not, why": every rule a seat of the person on the city's open request
 * (or on the request the city would file today) would break, judged on the whole network like any transition.
 */
@Service
public class ConflictCheck {

	private final NetworkRules rules;

	private final RoutingInputs inputs;

	private final RequestsInReview requests;

	private final People people;

	private final Secretariat secretariat;

	private final Clock clock;

	ConflictCheck(NetworkRules rules, RoutingInputs inputs, RequestsInReview requests, People people,
			Secretariat secretariat, Clock clock) {
		this.rules = rules;
		this.inputs = inputs;
		this.requests = requests;
		this.people = people;
		this.secretariat = secretariat;
		this.clock = clock;
	}

	/** The verdict for a person and a city; unknown people are not in the pool and break that rule. */
	public Verdict check(String actorId, String personId, String cityId) {
		secretariat.require(actorId);
		List<String> broken = new ArrayList<>();
		Candidate candidate = inputs.load().candidate(personId);
		String reviewerCity = candidate != null ? candidate.cityId()
				: people.findById(personId)
					.flatMap(p -> p.getMemberships().stream().map(Membership::cityId).findFirst())
					.orElse(null);
		if (candidate == null) {
			broken.add("not-in-pool");
		}
		AccreditationRequest request = requests.withStatus(AccreditationService.OPEN.toArray(RequestStatus[]::new))
			.stream()
			.filter(r -> r.getCityId().equals(cityId))
			.findFirst()
			.orElseGet(() -> {
				LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
				return AccreditationRequest.hypothetical(cityId, new Period(today, today));
			});
		boolean seated = Network.live(request).stream().anyMatch(s -> s.reviewerId().equals(personId));
		if (reviewerCity != null && !seated) {
			broken.addAll(rules.load().everyRuleBroken(request, personId, reviewerCity));
		}
		else if (seated) {
			rules.load()
				.violations()
				.stream()
				.filter(v -> v.requestId().equals(request.getId()) && v.reviewerId().equals(personId))
				.forEach(v -> broken.add(v.ruleId()));
		}
		return new Verdict(personId, cityId, request.getId() != null, seated, List.copyOf(broken));
	}

	/**
	 * The answer: {@code brokenRules} (rule ids, message keys {@code reviewAdmin.rule.<id>}) is empty when the person
	 * may review the city; {@code openRequest} says whether it was judged on the city's open request, {@code seated}
	 * whether the person already holds a seat on it.
	 */
	public record Verdict(String personId, String cityId, boolean openRequest, boolean seated,
			List<String> brokenRules) {

		public boolean eligible() {
			return brokenRules.isEmpty();
		}

	}

}

package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/** Turns the chosen arcs into assignments that say which rules were passed and which costs applied. */
final class Explanations {

	private final Run run;

	private final HardRules rules;

	Explanations(Run run, HardRules rules) {
		this.run = run;
		this.rules = rules;
	}

	List<Assignment> explain(List<Arc> chosen, List<Integer> active) {
		PreferenceCosts costs = new PreferenceCosts(run.settings.weights());
		int[] perCandidate = new int[run.candidates.size()];
		int[] perCity = new int[run.cityLoad.length];
		for (Arc arc : chosen) {
			perCandidate[arc.candidate()]++;
			perCity[run.candidateCity[arc.candidate()]]++;
		}
		List<Assignment> assignments = new ArrayList<>();
		for (Arc arc : chosen) {
			RoutingRequest request = run.requests.get(active.get(arc.request()));
			Candidate candidate = run.candidates.get(arc.candidate());
			Map<String, Long> terms = new LinkedHashMap<>(costs.terms(request, candidate, run.context));
			terms.put("reviewer-load-after", (long) candidate.activeReviews() + perCandidate[arc.candidate()]);
			if (candidate.minimumReviews() > 0) {
				terms.put("reviewer-minimum", (long) candidate.minimumReviews());
			}
			int city = run.candidateCity[arc.candidate()];
			terms.put("city-load-after", (long) run.cityLoad[city] + perCity[city]);
			assignments.add(new Assignment(request.requestId(), candidate.reviewerId(), candidate.cityId(),
					arc.cost(), rules.ids(), terms));
		}
		return assignments;
	}

}

package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * Applies the hard rules to every (request, candidate) pair: the eligible pairs become arcs with their
 * preference cost; the refused ones are counted against the first rule that refused them.
 */
final class Eligibility {

	final List<List<Arc>> arcs = new ArrayList<>();

	final List<Map<String, Integer>> removed = new ArrayList<>();

	final int[] eligibleCities;

	Eligibility(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context, HardRules rules,
			PreferenceCosts costs) {
		eligibleCities = new int[requests.size()];
		for (int r = 0; r < requests.size(); r++) {
			RoutingRequest request = requests.get(r);
			Map<String, Integer> counts = new LinkedHashMap<>();
			rules.ids().forEach(id -> counts.put(id, 0));
			List<Arc> eligible = new ArrayList<>();
			Set<String> cities = new HashSet<>();
			for (int c = 0; c < candidates.size(); c++) {
				Candidate candidate = candidates.get(c);
				var violation = rules.firstViolation(request, candidate, context);
				if (violation.isPresent()) {
					counts.merge(violation.get().id(), 1, Integer::sum);
				}
				else {
					eligible.add(new Arc(r, c, costs.cost(request, candidate, context)));
					cities.add(candidate.cityId());
				}
			}
			arcs.add(eligible);
			removed.add(counts);
			eligibleCities[r] = cities.size();
		}
	}

}

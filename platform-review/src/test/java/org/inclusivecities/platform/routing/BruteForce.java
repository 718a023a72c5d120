package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * Tries every assignment of a tiny instance: the most seats filled, then the lowest objective. Used only to
 * check the flow model (exponential, a few requests and candidates at most).
 */
final class BruteForce {

	record Best(int filled, long cost, List<Arc> chosen) {
	}

	private final FlowInstance instance;

	private final List<List<Arc>> arcsByRequest = new ArrayList<>();

	private final java.util.function.Predicate<List<Arc>> extraRule;

	private Best best;

	BruteForce(FlowInstance instance, List<Arc> arcs, java.util.function.Predicate<List<Arc>> extraRule) {
		this.instance = instance;
		this.extraRule = extraRule;
		for (int r = 0; r < instance.requests(); r++) {
			arcsByRequest.add(new ArrayList<>());
		}
		arcs.forEach(arc -> arcsByRequest.get(arc.request()).add(arc));
	}

	Best solve() {
		best = null;
		search(0, 0, new ArrayList<>(), new int[instance.candidates()]);
		return best;
	}

	/**
	 * The flow's objective worked out apart from {@link FlowInstance#objective}: preference costs, rising load
	 * costs, and belowMinimum for every review a candidate ends short of their minimum.
	 */
	long objective(List<Arc> chosen) {
		long cost = 0;
		int[] perCandidate = new int[instance.candidates()];
		int[] perCity = new int[instance.cities()];
		for (Arc arc : chosen) {
			int c = arc.candidate();
			int city = instance.candidateCity()[c];
			cost += arc.cost() + instance.reviewerStep() * (instance.load()[c] + perCandidate[c]++)
					+ instance.cityStep() * (instance.cityLoad()[city] + perCity[city]++);
		}
		for (int c = 0; c < instance.candidates(); c++) {
			cost += instance.belowMinimum() * Math.max(0, instance.minimum()[c] - instance.load()[c] - perCandidate[c]);
		}
		return cost;
	}

	private void search(int request, int from, List<Arc> chosen, int[] used) {
		if (request == instance.requests()) {
			if (!extraRule.test(chosen)) {
				return;
			}
			long cost = objective(chosen);
			if (best == null || chosen.size() > best.filled()
					|| (chosen.size() == best.filled() && cost < best.cost())) {
				best = new Best(chosen.size(), cost, List.copyOf(chosen));
			}
			return;
		}
		// either stop choosing for this request, or add one more of its arcs after index 'from'
		search(request + 1, 0, chosen, used);
		List<Arc> options = arcsByRequest.get(request);
		long seats = chosen.stream().filter(a -> a.request() == request).count();
		if (seats == instance.demand()) {
			return;
		}
		for (int i = from; i < options.size(); i++) {
			Arc arc = options.get(i);
			int city = instance.candidateCity()[arc.candidate()];
			long sameCity = chosen.stream()
				.filter(a -> a.request() == request && instance.candidateCity()[a.candidate()] == city)
				.count();
			if (used[arc.candidate()] >= instance.remaining()[arc.candidate()] || sameCity >= instance.maxPerCity()) {
				continue;
			}
			used[arc.candidate()]++;
			chosen.add(arc);
			search(request, i + 1, chosen, used);
			chosen.removeLast();
			used[arc.candidate()]--;
		}
	}

}

package org.inclusivecities.platform.routing;

import java.util.List;

import org.inclusivecities.platform.routing.Eligibility.Options;
import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * What fair panels ({@link RoutingSettings#fairPanels()}) minimise: the worst panel's preference cost, and a lower
 * bound on it that proves a worst panel the least there is without a model holding every option.
 */
final class WorstPanel {

	private WorstPanel() {
	}

	/** The highest panel cost (sum of its options' preference costs) of an assignment, 0 for none. */
	static long worstPanel(Staffing staffing, List<Arc> chosen) {
		long[] panel = new long[staffing.size()];
		long worst = 0;
		for (Arc arc : chosen) {
			worst = Math.max(worst, panel[arc.request()] += arc.cost());
		}
		return worst;
	}

	/**
	 * A lower bound on the worst panel of any assignment that staffs every request: the highest, over requests,
	 * of the request's cheapest panel on its own (its cheapest options within the per-city caps, a partition
	 * matroid, so taking them greedily in order of cost is exact).
	 */
	static long bound(Staffing staffing) {
		long bound = 0;
		for (int i = 0; i < staffing.size(); i++) {
			Options own = staffing.options.get(i);
			Integer[] order = new Integer[own.size];
			for (int j = 0; j < own.size; j++) {
				order[j] = j;
			}
			java.util.Arrays.sort(order, java.util.Comparator.comparingLong(j -> own.cost[j]));
			int[] perCity = new int[staffing.instance.cities()];
			long panel = 0;
			int seats = 0;
			for (int k = 0; k < order.length && seats < staffing.instance.demand(); k++) {
				int city = staffing.instance.candidateCity()[own.candidate[order[k]]];
				if (perCity[city] < Math.min(staffing.instance.maxPerCity(), staffing.instance.citySeatsLeft()[city])) {
					perCity[city]++;
					panel += own.cost[order[k]];
					seats++;
				}
			}
			bound = Math.max(bound, panel);
		}
		return bound;
	}

}

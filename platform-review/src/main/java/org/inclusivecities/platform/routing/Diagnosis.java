package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.inclusivecities.platform.routing.Unrouted.Reason;

/**
 * Says why a request the best assignment leaves out was left out, by solving again with that request forced
 * in (staffing value only) over the same options: when the best assignment that staffs it is proven worse,
 * the requests it would leave out are the reason; when the model finds no way to staff it at all, too few
 * reviewers are eligible. Requests are diagnosed in priority order while time is left; the rest are reported
 * as not decided (timed out or cancelled). Exact when the model held every option ({@link ExactSearch}).
 */
final class Diagnosis {

	private final Staffing staffing;

	private final ExactSolver solver;

	private final Eligibility eligibility;

	Diagnosis(Staffing staffing, ExactSolver solver, Eligibility eligibility) {
		this.staffing = staffing;
		this.solver = solver;
		this.eligibility = eligibility;
	}

	List<Unrouted> explain(ExactSearch.Best best) {
		List<Integer> left = staffing.unstaffed(best.staffed());
		left.sort(Comparator.comparingInt(staffing.priority::rank));
		List<Unrouted> unrouted = new ArrayList<>();
		for (int k = 0; k < left.size(); k++) {
			int i = left.get(k);
			int r = staffing.active.get(i);
			if (staffing.run.outOfTime()) {
				unrouted.add(unrouted(eligibility, r, stopped(staffing.run), List.of()));
				continue;
			}
			ExactSolver.Found forced = solver.staff(staffing.model(best.window()).force(i).hint(best.chosen()),
					"diagnosis", 1.0 / (left.size() - k));
			if (forced.infeasible()) {
				unrouted.add(unrouted(eligibility, r, Reason.TOO_FEW_ELIGIBLE, List.of()));
			}
			else if (forced.proven() && forced.staffing() <= best.staffing()) {
				unrouted.add(unrouted(eligibility, r, Reason.DISPLACES_OTHERS,
						staffing.staffedOnlyIn(best.staffed(), forced.staffed())));
			}
			else {
				unrouted.add(unrouted(eligibility, r, stopped(staffing.run), List.of()));
			}
		}
		return unrouted;
	}

	static Reason stopped(Run run) {
		return run.cancelled() ? Reason.CANCELLED : Reason.TIMED_OUT;
	}

	Unrouted unrouted(Eligibility eligibility, int r, Reason reason, List<String> displaced) {
		return unrouted(staffing.run.requests.get(r), eligibility, r, reason, displaced);
	}

	static Unrouted unrouted(RoutingRequest request, Eligibility eligibility, int r, Reason reason,
			List<String> displaced) {
		return new Unrouted(request.requestId(), reason, new LinkedHashMap<>(eligibility.removed.get(r)),
				eligibility.options.get(r).size, eligibility.eligibleCities[r], eligibility.seatsWithinCap[r],
				displaced);
	}

}

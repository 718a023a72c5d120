package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.inclusivecities.platform.routing.FlowInstance.Arc;
import org.inclusivecities.platform.routing.RoutingResult.Outcome;
import org.inclusivecities.platform.routing.Unrouted.Reason;

/**
 * Routes open requests to reviewers by one lexicographic objective: first the most requests fully staffed
 * (ties broken by {@link Priority}: renewal deadline, then age of the request), then, with fair panels
 * ({@link RoutingSettings#fairPanels()}), the least worst panel, then the least total cost, with reciprocity
 * within the run a constraint of the model.
 * <ol>
 * <li>Hard rules ({@link Eligibility}); a request whose eligible reviewers cannot fill its seats within the
 * per-city caps (per request, and the seats a city may still take this cycle) is unrouted at once
 * (TOO_FEW_ELIGIBLE). The cap per cycle is a constraint of the flow (the capacity of a city's node) and of the
 * exact model alike.</li>
 * <li>The minimum-cost flow ({@link PricedFlow}) over every option, without "all seats or none" and without
 * reciprocity. When it staffs every request and no two cities review each other, it is the optimum (the fast
 * path, proven by its certified potentials); with fair panels only when its worst panel also meets the bound of
 * {@link WorstPanel#bound}.</li>
 * <li>Otherwise CP-SAT ({@link ExactSearch}) from the flow's repaired solution: staffing, then cost; the flow's
 * potentials prove which options it can leave out. Unstaffed requests are diagnosed ({@link Diagnosis}).</li>
 * </ol>
 * Anytime: the flow's first round always completes (unless cancelled) and its repaired solution is valid, so
 * a run out of time returns the best assignment found so far; every phase and solution is reported as
 * progress, and the run stops within moments of being cancelled.
 */
public final class Router {

	private final RoutingSettings settings;

	private final HardRules rules;

	/** Above this many options in all, the exact model holds a window of them ({@link ExactSearch}). */
	private final long allOptions;

	public Router(RoutingSettings settings, HardRules rules) {
		this(settings, rules, ExactSearch.ALL_OPTIONS);
	}

	Router(RoutingSettings settings, HardRules rules, long allOptions) {
		this.settings = settings;
		this.rules = rules;
		this.allOptions = allOptions;
	}

	public RoutingResult route(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			Consumer<RoutingProgress> listener) {
		return route(requests, candidates, context, listener, () -> false);
	}

	/** As {@link #route(List, List, RoutingContext, Consumer)}, stopping soon after {@code cancelled} holds. */
	public RoutingResult route(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			Consumer<RoutingProgress> listener, BooleanSupplier cancelled) {
		Run run = new Run(settings, requests, candidates, context, listener, cancelled);
		Eligibility eligibility = new Eligibility(requests, candidates, context, rules,
				new PreferenceCosts(settings.weights()), settings.maxReviewersPerCity(),
				city -> settings.citySeatsLeft(context.citySeatsThisCycle(city)), run::cancelled,
				checked -> run.report("eligibility", checked, 0, 0, 0));
		run.report("eligibility", requests.size(), 0, 0, 0);
		List<Unrouted> unrouted = new ArrayList<>();
		List<Integer> active = new ArrayList<>();
		for (int r = 0; r < requests.size(); r++) {
			if (eligibility.stopped) {
				unrouted.add(Diagnosis.unrouted(requests.get(r), eligibility, r, Reason.CANCELLED, List.of()));
			}
			else if (eligibility.seatsWithinCap[r] < settings.reviewersPerRequest()) {
				unrouted.add(Diagnosis.unrouted(requests.get(r), eligibility, r, Reason.TOO_FEW_ELIGIBLE, List.of()));
			}
			else {
				active.add(r);
			}
		}
		if (eligibility.stopped) {
			return new RoutingResult(Outcome.CANCELLED, List.of(), unrouted, 0, -1, run.progress);
		}
		if (active.isEmpty()) {
			// nothing to staff: the cost is what the reviewers' minimum loads miss, for any assignment
			long none = run.instance(0).objective(List.of());
			return new RoutingResult(Outcome.OPTIMAL, List.of(), unrouted, none, none, run.progress);
		}
		Staffing staffing = new Staffing(run, active, eligibility.options);
		PricedFlow.Result relaxed = new PricedFlow(run, eligibility.options, active).solve();
		if (relaxed.solution() == null) {
			active.forEach(r -> unrouted
				.add(Diagnosis.unrouted(requests.get(r), eligibility, r, Reason.CANCELLED, List.of())));
			return new RoutingResult(Outcome.CANCELLED, List.of(), unrouted, 0, -1, run.progress);
		}
		FlowSolution flow = relaxed.solution();
		List<Arc> repaired = staffing.repaired(flow.chosen());
		List<Arc> start = staffing.completed(repaired);
		run.report("valid", active.size(), start.size(), run.instance(active.size()).objective(start),
				flow.unfilledSeats());
		// with fair panels, the flow's optimum is also the lexicographic one when its worst panel cannot be bettered
		boolean fairEnough = !settings.fairPanels() || WorstPanel.worstPanel(staffing, repaired) == WorstPanel.bound(staffing);
		if (relaxed.proven() && flow.unfilledSeats() == 0 && repaired.size() == flow.chosen().size() && fairEnough) {
			return result(Outcome.OPTIMAL, run, active, repaired, unrouted, flow.cost());
		}
		if (run.outOfTime()) {
			// no time left for the exact model: the start, with the flow's optimum as bound when it applies
			for (int i : staffing.unstaffed(staffing.staffed(start))) {
				int r = active.get(i);
				unrouted.add(Diagnosis.unrouted(requests.get(r), eligibility, r, Diagnosis.stopped(run), List.of()));
			}
			boolean everyone = start.size() == (long) active.size() * settings.reviewersPerRequest();
			return result(run.cancelled() ? Outcome.CANCELLED : Outcome.TIMED_OUT, run, active, start, unrouted,
					relaxed.proven() && everyone ? flow.cost() : -1);
		}
		ExactSolver solver = new ExactSolver(run);
		ExactSearch.Best best = new ExactSearch(staffing, solver, 2 * settings.initialCandidatesPerRequest(), allOptions)
			.solve(relaxed.proven() ? flow : null, start);
		unrouted.addAll(new Diagnosis(staffing, solver, eligibility).explain(best));
		Outcome outcome = best.proven() ? Outcome.OPTIMAL
				: run.cancelled() ? Outcome.CANCELLED
						: best.timedOut() || run.outOfTime() ? Outcome.TIMED_OUT : Outcome.NOT_PROVEN_OPTIMAL;
		return result(outcome, run, active, best.chosen(), unrouted, best.bound());
	}

	private RoutingResult result(Outcome outcome, Run run, List<Integer> active, List<Arc> chosen,
			List<Unrouted> unrouted, long bound) {
		List<Assignment> assignments = new Explanations(run, rules).explain(chosen, active);
		long cost = run.instance(active.size()).objective(chosen);
		return new RoutingResult(outcome, assignments, unrouted, cost, bound, run.progress);
	}

}

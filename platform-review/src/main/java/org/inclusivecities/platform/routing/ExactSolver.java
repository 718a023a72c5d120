package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * Runs CP-SAT on an {@link ExactModel} within the run's remaining time: each solution found is reported as
 * progress (phase, elapsed, objective, bound), and a cancelled run stops the search at once (a watcher thread
 * calls {@link CpSolver#stopSearch()}). The best solution found is returned even when the search was stopped.
 */
final class ExactSolver {

	/** What one solve found: nothing (none found, or none exists), or the best solution and its bound. */
	record Found(CpSolverStatus status, List<Arc> chosen, boolean[] staffed, long staffing, long cost,
			long bound) {

		boolean any() {
			return chosen != null;
		}

		boolean proven() {
			return status == CpSolverStatus.OPTIMAL;
		}

		boolean infeasible() {
			return status == CpSolverStatus.INFEASIBLE;
		}

	}

	private final Run run;

	ExactSolver(Run run) {
		this.run = run;
	}

	/** Largest staffing value (maximise), within {@code share} of the run's remaining time. */
	Found staff(ExactModel exact, String phase, double share) {
		exact.model.maximize(exact.staffing);
		return solve(exact, phase, true, share);
	}

	/** Least worst panel (minimise; fair panels only), within {@code share} of the run's remaining time. */
	Found fairest(ExactModel exact, String phase, double share) {
		exact.model.minimize(exact.worst);
		return solve(exact, phase, false, share);
	}

	/** Least cost (minimise), within {@code share} of the run's remaining time. */
	Found cheapest(ExactModel exact, String phase, double share) {
		exact.model.minimize(exact.cost);
		return solve(exact, phase, false, share);
	}

	/**
	 * Small models take one worker (they solve in milliseconds); larger ones CP-SAT's portfolio of 8 (first
	 * solution, local search and bounding workers), which pays even on two cores.
	 */
	private Found solve(ExactModel exact, String phase, boolean staffing, double share) {
		if (run.cancelled()) {
			return new Found(CpSolverStatus.UNKNOWN, null, null, 0, 0, 0);
		}
		OrTools.load();
		CpSolver solver = new CpSolver();
		// a stopped run still gets a moment: CP-SAT then returns at least the hinted solution when it is valid
		double seconds = Math.max(0.05, share * run.remaining().toNanos() / 1e9);
		solver.getParameters()
			.setMaxTimeInSeconds(seconds)
			.setNumWorkers(exact.arcs.size() < 2_000 ? 1 : 8);
		int requests = exact.staffed.length;
		CpSolverSolutionCallback progress = new CpSolverSolutionCallback() {
			@Override
			public void onSolutionCallback() {
				run.report(phase, requests, exact.arcs.size(), Math.round(objectiveValue()), -1,
						Math.round(bestObjectiveBound()));
			}
		};
		Thread watcher = Thread.ofVirtual().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				if (run.cancelled()) {
					solver.stopSearch();
					return;
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ended) {
					return;
				}
			}
		});
		CpSolverStatus status;
		try {
			status = solver.solve(exact.model, progress);
		}
		finally {
			watcher.interrupt();
		}
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return new Found(status, null, null, 0, 0, 0);
		}
		List<Arc> chosen = new ArrayList<>();
		for (int a = 0; a < exact.arcs.size(); a++) {
			if (solver.booleanValue(exact.chosen[a])) {
				chosen.add(exact.arcs.get(a));
			}
		}
		boolean[] staffed = new boolean[requests];
		for (int r = 0; r < requests; r++) {
			staffed[r] = solver.booleanValue(exact.staffed[r]);
		}
		long staffingValue = solver.value(exact.staffing);
		long cost = solver.value(exact.cost);
		long bound = staffing ? (long) Math.floor(solver.bestObjectiveBound() + 1e-6)
				: (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
		run.report(phase + (status == CpSolverStatus.OPTIMAL ? "-optimal" : "-stopped"), requests, exact.arcs.size(),
				staffing ? staffingValue : cost, -1, bound);
		return new Found(status, chosen, staffed, staffingValue, cost, bound);
	}

}

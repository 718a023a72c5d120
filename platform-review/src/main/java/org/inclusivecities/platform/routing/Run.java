package org.inclusivecities.platform.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The state of one routing run: inputs, city numbering, time budget, whether it was cancelled, and the progress
 * reported so far (also handed to the listener as it happens, from the solver's threads too).
 */
final class Run {

	final RoutingSettings settings;

	final List<RoutingRequest> requests;

	final List<Candidate> candidates;

	final RoutingContext context;

	final List<RoutingProgress> progress = new ArrayList<>();

	final int[] candidateCity;

	final int[] cityLoad;

	/** Per reviewer city, the seats it may still take in this run within its cap per cycle. */
	final int[] citySeatsLeft;

	/** Each reviewer city's index in {@link #cityLoad} and {@link #candidateCity}. */
	final Map<String, Integer> cityIndex = new HashMap<>();

	private final Consumer<RoutingProgress> listener;

	private final BooleanSupplier cancel;

	private final Thread owner = Thread.currentThread();

	private final long started = System.nanoTime();

	private int round;

	Run(RoutingSettings settings, List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			Consumer<RoutingProgress> listener, BooleanSupplier cancel) {
		this.cancel = cancel;
		this.settings = settings;
		this.requests = requests;
		this.candidates = candidates;
		this.context = context;
		this.listener = listener;
		candidateCity = new int[candidates.size()];
		for (int c = 0; c < candidates.size(); c++) {
			candidateCity[c] = cityIndex.computeIfAbsent(candidates.get(c).cityId(), k -> cityIndex.size());
		}
		cityLoad = new int[cityIndex.size()];
		citySeatsLeft = new int[cityIndex.size()];
		cityIndex.forEach((city, index) -> {
			cityLoad[index] = context.cityLoad(city);
			citySeatsLeft[index] = settings.citySeatsLeft(context.citySeatsThisCycle(city));
		});
	}

	/** The flow instance for the given requests (indices into {@link #requests}). */
	FlowInstance instance(int requestCount) {
		int[] remaining = new int[candidates.size()];
		int[] load = new int[candidates.size()];
		int[] minimum = new int[candidates.size()];
		for (int c = 0; c < candidates.size(); c++) {
			remaining[c] = candidates.get(c).remainingCapacity();
			load[c] = candidates.get(c).activeReviews();
			minimum[c] = candidates.get(c).minimumReviews();
		}
		return new FlowInstance(requestCount, settings.reviewersPerRequest(), settings.maxReviewersPerCity(),
				candidateCity, remaining, load, cityLoad.length, cityLoad, settings.weights().reviewerLoadStep(),
				settings.weights().cityLoadStep(), citySeatsLeft, minimum, settings.weights().belowMinimum());
	}

	/** {@link FlowInstance#seatCost} for candidate c at k seats taken in this run. */
	long seatCost(int c, int k) {
		Candidate candidate = candidates.get(c);
		return FlowInstance.seatCost(settings.weights().reviewerLoadStep(), candidate.activeReviews(),
				candidate.minimumReviews(), settings.weights().belowMinimum(), k);
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	Duration remaining() {
		Duration left = settings.timeLimit().minus(elapsed());
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Out of time or cancelled: what has been found so far is what the run returns. */
	boolean outOfTime() {
		return elapsed().compareTo(settings.timeLimit()) >= 0 || cancelled();
	}

	/** Cancelled by the caller, or the routing thread was interrupted. */
	boolean cancelled() {
		return cancel.getAsBoolean() || owner.isInterrupted();
	}

	void report(String phase, int requestCount, int arcs, long cost, int unfilled) {
		report(phase, requestCount, arcs, cost, unfilled, -1);
	}

	/** {@code bound}: the best bound on the phase's objective proven so far, -1 when there is none. */
	synchronized void report(String phase, int requestCount, int arcs, long cost, int unfilled, long bound) {
		RoutingProgress step = new RoutingProgress(++round, phase, requestCount, arcs, cost, unfilled, bound,
				elapsed());
		progress.add(step);
		listener.accept(step);
	}

}

package org.inclusivecities.platform.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.inclusivecities.platform.routing.RoutingProgress;
import org.inclusivecities.platform.routing.RoutingResult;

/**
 * One routing run the secretariat started, as it goes on in the background: the latest step the solver reported,
 * whether someone asked it to stop, and in the end its result (or that it failed). Written by the routing thread,
 * read by the pages; every field is safe to read at any time.
 */
public final class RoutingRun {

	/** Where a run is: routing, asked to stop (the solver finishes its step), finished, or failed. */
	public enum State {

		RUNNING, CANCELLING, DONE, FAILED

	}

	private final String id;

	private final String startedBy;

	private final Instant startedAt;

	private final AtomicBoolean cancelRequested = new AtomicBoolean();

	private volatile RoutingProgress latest;

	private volatile int steps;

	private volatile RoutingResult result;

	private volatile boolean failed;

	private final CountDownLatch over = new CountDownLatch(1);

	RoutingRun(String id, String startedBy, Instant startedAt) {
		this.id = id;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	public String id() {
		return id;
	}

	public String startedBy() {
		return startedBy;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public State state() {
		if (failed) {
			return State.FAILED;
		}
		if (result != null) {
			return State.DONE;
		}
		return cancelRequested.get() ? State.CANCELLING : State.RUNNING;
	}

	public boolean finished() {
		return state() == State.DONE || state() == State.FAILED;
	}

	/** The last step the solver reported; empty before the first. */
	public Optional<RoutingProgress> latest() {
		return Optional.ofNullable(latest);
	}

	/** How many steps the solver reported so far. */
	public int steps() {
		return steps;
	}

	public Optional<RoutingResult> result() {
		return Optional.ofNullable(result);
	}

	boolean cancelRequested() {
		return cancelRequested.get();
	}

	/** Asks the solver to stop; false when the run is over already. */
	boolean cancel() {
		return !finished() && cancelRequested.compareAndSet(false, true);
	}

	void reported(RoutingProgress step) {
		latest = step;
		steps++;
	}

	void finish(RoutingResult result) {
		this.result = result;
		over.countDown();
	}

	void fail() {
		this.failed = true;
		over.countDown();
	}

	/** Waits at most this long for the run to be over; whether it is. */
	boolean awaitEnd(Duration atMost) {
		try {
			return over.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return finished();
		}
	}

}

package org.inclusivecities.platform.request;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.inclusivecities.platform.request.RequestErrors.NetworkBusy;

import org.springframework.stereotype.Component;

/**
 * {@link NetworkRules} judges a transition on the whole network, then the transition saves its one request. Two
 * transitions judged at the same time (the secretariat confirming one request while the reassignment job fills
 * another) could each keep a reviewer within their cap and together exceed it: no change elsewhere happened, so
 * nothing flags the seat. Judging and saving therefore run under one lock, across every instance sharing the
 * database (ShedLock's provider; its lease is real time, not the platform clock) and re-entrant within a thread. A
 * transition that does not get the lock within a few seconds is refused as {@link NetworkBusy}, with nothing
 * written.
 */
@Component
class NetworkLock {

	private static final String NAME = "review-network";

	/** At least the keep-alive provider's minimum; it is extended while held, released at once after. */
	private static final Duration LEASE = Duration.ofSeconds(60);

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final LockProvider locks;

	private final ReentrantLock local = new ReentrantLock(true);

	NetworkLock(LockProvider locks) {
		this.locks = locks;
	}

	/** Runs the judging and saving of one transition while no other transition is judged or saved. */
	<T> T exclusively(Supplier<T> work) {
		if (local.isHeldByCurrentThread()) {
			return work.get();
		}
		long deadline = System.nanoTime() + WAIT.toNanos();
		try {
			if (!local.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new NetworkBusy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NetworkBusy();
		}
		try {
			SimpleLock held = acquire(deadline);
			try {
				return work.get();
			}
			finally {
				held.unlock();
			}
		}
		finally {
			local.unlock();
		}
	}

	/** The cluster-wide lease: another instance may hold it, so this waits briefly between attempts. */
	private SimpleLock acquire(long deadline) {
		while (true) {
			Optional<SimpleLock> held = locks.lock(new LockConfiguration(ClockProvider.now(), NAME, LEASE, Duration.ZERO));
			if (held.isPresent()) {
				return held.get();
			}
			if (System.nanoTime() > deadline) {
				throw new NetworkBusy();
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new NetworkBusy();
			}
		}
	}

}

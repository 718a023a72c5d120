package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Routing runs in the background (OpenReview #370): the secretariat starts one and the page follows its progress,
 * step by step as the solver reports them; anyone of the secretariat can cancel it, and the solver then stops within
 * moments and keeps the best valid assignment found so far. One run at a time: starting while one routes joins it.
 * The runs of this instance are kept in memory (the last few), which is what a page following one needs.
 */
@Service
public class RoutingRuns {

	private static final Logger log = LoggerFactory.getLogger(RoutingRuns.class);

	static final int KEPT = 20;

	private final ReviewRouting routing;

	private final Secretariat secretariat;

	private final Clock clock;

	private final Map<String, RoutingRun> runs = new ConcurrentHashMap<>();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "routing-run");
		thread.setDaemon(true);
		return thread;
	});

	private final Duration grace;

	/**
	 * {@code routing-grace}: how long starting a run waits for it to be over, so a quick run (most are) shows its
	 * outcome at once instead of a progress page; a longer one is followed on its page.
	 */
	RoutingRuns(ReviewRouting routing, Secretariat secretariat, Clock clock, ReviewProperties properties) {
		this.grace = properties.routingGrace();
		this.routing = routing;
		this.secretariat = secretariat;
		this.clock = clock;
	}

	/** Starts routing every waiting request in the background, or returns the run that is routing already. */
	public RoutingRun start(String actorId) {
		RoutingRun run = begin(actorId);
		run.awaitEnd(grace);
		return run;
	}

	private synchronized RoutingRun begin(String actorId) {
		secretariat.require(actorId);
		Optional<RoutingRun> running = runs.values().stream().filter(r -> !r.finished()).findFirst();
		if (running.isPresent()) {
			return running.get();
		}
		RoutingRun run = new RoutingRun(UUID.randomUUID().toString(), actorId, clock.instant());
		forgetOld();
		runs.put(run.id(), run);
		worker.execute(() -> {
			try {
				run.finish(routing.preview(actorId, run::reported, run::cancelRequested));
			}
			catch (RuntimeException | Error ex) {
				// marked failed whatever went wrong (the native solver too), so no page waits for it forever
				log.error("Routing run {} failed", run.id(), ex);
				run.fail();
				if (ex instanceof Error error) {
					throw error;
				}
			}
		});
		return run;
	}

	/** The run with this id, for the secretariat; {@link RequestErrors.RoutingRunNotFound} for any other. */
	public RoutingRun run(String actorId, String runId) {
		secretariat.require(actorId);
		RoutingRun run = runId == null ? null : runs.get(runId);
		if (run == null) {
			throw new RequestErrors.RoutingRunNotFound(runId);
		}
		return run;
	}

	/** Asks the run to stop; a run that is over already stays as it is. */
	public RoutingRun cancel(String actorId, String runId) {
		RoutingRun run = run(actorId, runId);
		if (run.cancel()) {
			log.info("Routing run {} cancelled by {}", runId, actorId);
		}
		return run;
	}

	private void forgetOld() {
		while (runs.size() >= KEPT) {
			runs.values()
				.stream()
				.filter(RoutingRun::finished)
				.min(Comparator.comparing(RoutingRun::startedAt))
				.ifPresentOrElse(r -> runs.remove(r.id()), runs::clear);
		}
	}

	@PreDestroy
	void stop() {
		runs.values().forEach(RoutingRun::cancel);
		worker.shutdownNow();
	}

}

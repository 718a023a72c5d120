package org.inclusivecities.platform.database;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.mongodb.MongoTimeoutException;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;

/**
 * A small circuit breaker in front of the database: once a call found it away (or the driver's monitor lost every
 * server), further calls fail at once for {@link #OPEN_FOR} instead of each waiting the server-selection timeout,
 * so a page that needs the session, its data and the error page answers its 503 in about one timeout, not three.
 * A successful command or a server the monitor sees again closes it; after {@link #OPEN_FOR} calls try the
 * database for real again. It only ever refuses: it never answers in the database's place.
 * <p>
 * Elapsed time is measured with {@link System#nanoTime()}, not the application's {@code Clock}: this is about
 * seconds of real waiting, and a test's stopped clock must not keep it open forever.
 */
public final class DatabaseBreaker {

	static final Duration OPEN_FOR = Duration.ofSeconds(3);

	static final String REFUSAL = "The database did not answer moments ago; not waiting for it again yet";

	private final LongSupplier nanoTime;

	private volatile long openUntil;

	private volatile boolean open;

	public DatabaseBreaker() {
		this(System::nanoTime);
	}

	DatabaseBreaker(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	/**
	 * Notes a failure that means "the database is away" (see {@link DatabaseUnavailable}). Its own refusals, and
	 * anything while it is open, change nothing: steady traffic must not keep it open.
	 */
	public void failed(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof MongoTimeoutException && REFUSAL.equals(cause.getMessage())) {
				return;
			}
		}
		if (DatabaseUnavailable.isCauseOf(failure)) {
			open();
		}
	}

	/** Whether calls are refused right now. */
	public boolean isOpen() {
		return open && nanoTime.getAsLong() - openUntil < 0;
	}

	/**
	 * While open, throws what the driver throws when it found no server in time (every layer already knows it
	 * means 503), only at once; the driver calls this before every operation.
	 */
	void refuseWhileOpen() {
		if (isOpen()) {
			throw new MongoTimeoutException(REFUSAL);
		}
	}

	/** The database answered. */
	void succeeded() {
		if (open) {
			open = false;
		}
	}

	/** The driver's view of the servers changed: no server usable after an error opens, any usable one closes. */
	void clusterChanged(ClusterDescription cluster) {
		boolean anyUsable = cluster.getServerDescriptions().stream().anyMatch(ServerDescription::isOk);
		boolean failed = cluster.getServerDescriptions().stream().anyMatch(server -> server.getException() != null);
		if (anyUsable) {
			succeeded();
		}
		else if (failed) {
			open();
		}
	}

	/** Opens for {@link #OPEN_FOR} from now, unless already open. */
	private synchronized void open() {
		if (!isOpen()) {
			openUntil = nanoTime.getAsLong() + OPEN_FOR.toNanos();
			open = true;
		}
	}

}

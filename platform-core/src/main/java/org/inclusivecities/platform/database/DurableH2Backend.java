package org.inclusivecities.platform.database;

import java.time.Clock;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, but a write is on disk before the client hears it was acknowledged.
 * <p>
 * The stock {@link H2Backend} opens its MVStore with the default background auto-commit (every second),
 * so a process killed after a reply but before the next auto-commit loses acknowledged writes. Here every
 * command that changed the store is committed (written to the file) before its reply leaves; with
 * {@code fsync} the file is also forced to the device, which survives a power cut as well as a killed
 * process, at the price of one disk flush per write. The background writer stays on for housekeeping.
 * Both ways a client can send a command are covered: OP_MSG (every current driver) and the legacy OP_QUERY.
 */
final class DurableH2Backend extends H2Backend {

	private final MVStore store;

	private final boolean fsync;

	private DurableH2Backend(MVStore store, boolean fsync, Clock clock) {
		super(store, clock);
		this.store = store;
		this.fsync = fsync;
	}

	static DurableH2Backend open(String fileName, boolean fsync) {
		MVStore store = new MVStore.Builder().fileName(fileName).open();
		if (fsync) {
			// old chunks are kept (default 45 s) in case the disk had not flushed yet; after a forced
			// flush there is nothing to wait for, and a commit per write would otherwise bloat the file
			store.setRetentionTime(0);
		}
		return new DurableH2Backend(store, fsync, Clock.systemUTC());
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		try {
			return super.handleMessage(message);
		}
		finally {
			// also after a failed command: part of a multi-document write may have been applied
			persist();
		}
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		try {
			return super.handleQuery(query);
		}
		finally {
			persist();
		}
	}

	private void persist() {
		if (store.isClosed() || !store.hasUnsavedChanges()) {
			return;
		}
		store.commit();
		if (fsync) {
			store.sync();
		}
	}

}

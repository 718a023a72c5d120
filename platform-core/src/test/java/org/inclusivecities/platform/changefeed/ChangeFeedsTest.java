package org.inclusivecities.platform.changefeed;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both feeds on mongo-java-server: polling on any server, change streams on the H2 file backend with its oplog
 * enabled (the emulation of bwaldvogel/mongo-java-server#72), and no change stream without that oplog.
 */
class ChangeFeedsTest {

	private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

	@TempDir
	Path dir;

	private MongoServer server;

	private MongoClient client;

	@AfterEach
	void stop() {
		if (client != null) {
			client.close();
		}
		if (server != null) {
			server.shutdown();
		}
	}

	@Test
	void pollingDeliversEachEntryOnceIncludingOnesStoredLateWithinTheOverlap() {
		MongoCollection<Document> log = start(new MongoServer(new MemoryBackend()));
		var feed = new PolledChangeFeed(log, Duration.ofSeconds(1), Duration.ofSeconds(30), Clock.fixed(T, ZoneOffset.UTC));
		append(log, "before-start", T.minusSeconds(60));
		append(log, "a", T.plusSeconds(1));
		append(log, "b", T.plusSeconds(2));

		assertThat(names(feed.next())).as("only what was appended since the feed started").containsExactly("a", "b");
		assertThat(feed.next()).as("nothing twice").isEmpty();

		append(log, "late", T.minusSeconds(5)); // another instance's clock is behind, or its insert was slow
		append(log, "c", T.plusSeconds(3));
		assertThat(names(feed.next())).containsExactly("late", "c");
		assertThat(feed.next()).isEmpty();
	}

	@Test
	void changeStreamsWorkOnTheH2FileBackendWithItsOplog() throws InterruptedException {
		MongoServer withOplog = new MongoServer(new H2Backend(dir.resolve("oplog.mv").toString()));
		withOplog.enableOplog();
		MongoCollection<Document> log = start(withOplog);
		append(log, "before-start", T);
		ChangeFeed feed = ChangeStreamFeed.open(log).orElseThrow();

		append(log, "a", T);
		client.getDatabase("platform").getCollection("other").insertOne(new Document("not", "an entry"));
		append(log, "b", T);

		List<String> received = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (received.size() < 2 && System.nanoTime() < deadline) {
			List<Document> entries = feed.next();
			received.addAll(names(entries));
			if (entries.isEmpty()) {
				Thread.sleep(feed.pause());
			}
		}
		assertThat(received).containsExactly("a", "b");
		feed.close();
	}

	@Test
	void withoutItsOplogTheEmbeddedServerOffersNoChangeStreams() {
		MongoCollection<Document> log = start(new MongoServer(new H2Backend(dir.resolve("plain.mv").toString())));
		assertThat(ChangeStreamFeed.open(log)).isEmpty();
	}

	private MongoCollection<Document> start(MongoServer started) {
		server = started;
		var address = server.bind();
		client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		return client.getDatabase("platform").getCollection(ChangeLog.COLLECTION);
	}

	private static void append(MongoCollection<Document> log, String name, Instant at) {
		log.insertOne(new Document(ChangeLog.ORIGIN, "other").append(ChangeLog.AT, Date.from(at))
			.append(ChangeLog.CHANGE, new Document("name", name)));
	}

	private static List<String> names(List<Document> entries) {
		return entries.stream().map(e -> e.get(ChangeLog.CHANGE, Document.class).getString("name")).toList();
	}

}

package org.inclusivecities.platform.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps every write it acknowledged, even when the process is killed (SIGKILL)
 * in the middle of writing: the real application runs as its own process, a client writes through its
 * embedded MongoDB, the process is killed, restarted on the same data folder, and every acknowledged
 * insert and update is there.
 */
class EmbeddedDatabaseDurabilityIntegrationTest {

	@TempDir
	Path dataDir;

	@Test
	void everyAcknowledgedWriteSurvivesAKilledProcess() throws Exception {
		AtomicInteger acknowledgedInserts = new AtomicInteger();
		AtomicInteger acknowledgedIncrements = new AtomicInteger();
		try (AppProcess app = AppProcess.start("durability-1", dataDir, Map.of())) {
			try (MongoClient client = client(app)) {
				MongoCollection<Document> writes = client.getDatabase("inclusive-cities").getCollection("durability");
				writes.insertOne(new Document("_id", "counter").append("n", 0));
				CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
					try {
						for (int i = 1;; i++) {
							writes.insertOne(new Document("_id", i).append("payload", "x".repeat(200)));
							acknowledgedInserts.set(i);
							writes.updateOne(Filters.eq("_id", "counter"), Updates.inc("n", 1));
							acknowledgedIncrements.incrementAndGet();
						}
					}
					catch (MongoException | IllegalStateException ex) {
						// the server went away mid-write: expected
					}
				});
				while (acknowledgedInserts.get() < 300 && !writer.isDone()) {
					AppProcess.sleep(Duration.ofMillis(5));
				}
				assertThat(writer).as("the writer was still writing when the process was killed").isNotDone();
				app.kill();
				writer.get();
			}
		}
		assertThat(acknowledgedInserts.get()).isGreaterThanOrEqualTo(300);

		try (AppProcess restarted = AppProcess.start("durability-2", dataDir, Map.of());
				MongoClient client = client(restarted)) {
			MongoCollection<Document> writes = client.getDatabase("inclusive-cities").getCollection("durability");
			Set<Integer> stored = new HashSet<>();
			writes.find(Filters.type("_id", "int")).forEach(document -> stored.add(document.getInteger("_id")));
			for (int i = 1; i <= acknowledgedInserts.get(); i++) {
				assertThat(stored).as("acknowledged insert %d of %d", i, acknowledgedInserts.get()).contains(i);
			}
			assertThat(writes.find(Filters.eq("_id", "counter")).first().getInteger("n"))
				.as("acknowledged increments").isGreaterThanOrEqualTo(acknowledgedIncrements.get());
		}
	}

	private static MongoClient client(AppProcess app) {
		return MongoClients.create(app.embeddedMongoUri() + "?retryWrites=false&serverSelectionTimeoutMS=2000"
				+ "&connectTimeoutMS=2000&socketTimeoutMS=30000");
	}

}

package org.inclusivecities.platform.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

class MongoSessionsTest {

	private MongoServer server;

	private MongoClient client;

	private MongoCollection<Document> collection;

	private Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private MongoSessions sessions;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		var address = server.bind();
		client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		collection = client.getDatabase("sessions-test").getCollection(MongoSessions.COLLECTION);
		Clock clock = new Clock() {
			@Override
			public Instant instant() {
				return now;
			}

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
		sessions = new MongoSessions(collection, clock, Duration.ofMinutes(30), getClass().getClassLoader());
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void savedSessionComesBackWithItsAttributes() {
		MapSession session = sessions.createSession();
		session.setAttribute("greeting", "hallo");
		sessions.save(session);

		MapSession found = sessions.findById(session.getId());
		assertThat(found.<String>getAttribute("greeting")).isEqualTo("hallo");
		assertThat(found.getCreationTime()).isEqualTo(now);
		assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void changedIdRetiresTheOldOne() {
		MapSession session = sessions.createSession();
		sessions.save(session);
		MapSession loaded = sessions.findById(session.getId());
		String oldId = loaded.getId();
		loaded.changeSessionId();
		sessions.save(loaded);

		assertThat(sessions.findById(oldId)).isNull();
		assertThat(sessions.findById(loaded.getId())).isNotNull();
	}

	@Test
	void expiredSessionIsNeitherReturnedNorKept() {
		MapSession session = sessions.createSession();
		sessions.save(session);
		MapSession other = sessions.createSession();
		now = now.plus(Duration.ofMinutes(20));
		other.setLastAccessedTime(now);
		sessions.save(other);

		now = now.plus(Duration.ofMinutes(11));
		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(collection.countDocuments(new Document("_id", session.getId()))).isZero();
		assertThat(sessions.findById(other.getId())).isNotNull();

		now = now.plus(Duration.ofMinutes(30));
		assertThat(sessions.deleteExpired()).isEqualTo(1);
		assertThat(collection.countDocuments()).isZero();
	}

}

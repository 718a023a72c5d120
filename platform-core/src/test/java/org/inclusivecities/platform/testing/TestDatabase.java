package org.inclusivecities.platform.testing;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The database every integration test of every module runs on, chosen once per test JVM:
 * <ol>
 * <li>{@code PLATFORM_TEST_MONGODB_URI} when set (a real MongoDB or replica set);</li>
 * <li>else a Testcontainers {@code mongo:8} replica set when a Docker engine answers;</li>
 * <li>else the embedded mongo-java-server, in memory.</li>
 * </ol>
 * Each Spring test context gets its own database on that server, so contexts never see each other's data.
 * With {@value #REQUIRE_REAL_PROPERTY}=true (the {@code real-mongodb} Maven profile) the embedded fallback is
 * refused: the tests fail at once, saying how to provide a MongoDB.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	public static final String URI_VARIABLE = "PLATFORM_TEST_MONGODB_URI";

	/** System property set by {@code ./mvnw verify -Preal-mongodb}. */
	public static final String REQUIRE_REAL_PROPERTY = "platform.test.require-real-mongodb";

	private static final AtomicInteger databases = new AtomicInteger();

	private static volatile Server server;

	private TestDatabase() {
	}

	/** A fresh database on the chosen server, as a connection string. */
	public static String newDatabaseUri() {
		return server().uriFor("platform_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet());
	}

	/** Which kind of server the tests run on: "uri", "testcontainers" or "embedded". */
	public static String kind() {
		return server().kind();
	}

	private static Server server() {
		Server current = server;
		if (current == null) {
			synchronized (TestDatabase.class) {
				if (server == null) {
					server = choose();
					log.info("Integration tests run on the {} MongoDB at {}", server.kind(), server.base());
				}
				current = server;
			}
		}
		return current;
	}

	private static Server choose() {
		String uri = System.getenv(URI_VARIABLE);
		if (uri != null && !uri.isBlank()) {
			return new Server("uri", uri);
		}
		if (!"embedded".equals(System.getenv("PLATFORM_TEST_DATABASE")) && dockerAvailable()) {
			MongoDBContainer container = new MongoDBContainer("mongo:8").withReplicaSet();
			container.start();
			return new Server("testcontainers", container.getConnectionString());
		}
		if (realRequired()) {
			throw new IllegalStateException("The real-mongodb profile needs a real MongoDB, but " + URI_VARIABLE
					+ " is not set and no Docker engine answers for Testcontainers. Set " + URI_VARIABLE
					+ " (e.g. mongodb://localhost:27017/?replicaSet=rs0) or start Docker, or run without -Preal-mongodb.");
		}
		MongoServer embedded = new MongoServer(new MemoryBackend());
		embedded.bind("127.0.0.1", 0);
		InetSocketAddress address = embedded.getLocalAddress();
		Runtime.getRuntime().addShutdownHook(new Thread(embedded::shutdownNow));
		return new Server("embedded", "mongodb://127.0.0.1:" + address.getPort());
	}

	/** Whether the tests must run on a real MongoDB (the {@code real-mongodb} profile). */
	public static boolean realRequired() {
		return Boolean.getBoolean(REQUIRE_REAL_PROPERTY);
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private record Server(String kind, String base) {

		String uriFor(String database) {
			var connection = new com.mongodb.ConnectionString(base);
			String hosts = String.join(",", connection.getHosts());
			String credentials = connection.getUsername() == null ? ""
					: connection.getUsername() + ":" + new String(connection.getPassword()) + "@";
			String scheme = base.startsWith("mongodb+srv") ? "mongodb+srv://" : "mongodb://";
			int query = base.indexOf('?');
			String options = query < 0 ? "" : base.substring(query);
			return scheme + credentials + hosts + "/" + database + options;
		}

	}

}

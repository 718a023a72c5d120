package org.inclusivecities.platform.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * An "external" MongoDB for outage tests: the embedded mongo-java-server on a fixed loopback port, keeping its data
 * in a file, so it can be stopped under a running application and started again on the same port with the same
 * data, or be down when the application starts.
 */
final class ExternalDatabase implements AutoCloseable {

	private final int port;

	private final Path file;

	private MongoServer server;

	private ExternalDatabase() {
		this.port = freePort();
		try {
			this.file = Files.createTempFile("outage-", ".mv");
			Files.delete(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A database that is up. */
	static ExternalDatabase started() {
		ExternalDatabase database = new ExternalDatabase();
		database.start();
		return database;
	}

	/** A database that is down: its port is chosen, nothing listens on it until {@link #start()}. */
	static ExternalDatabase notStarted() {
		return new ExternalDatabase();
	}

	String uri() {
		return "mongodb://127.0.0.1:" + port + "/outage";
	}

	synchronized void start() {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			MongoServer candidate = new MongoServer(new H2Backend(file.toString()));
			try {
				candidate.bind("127.0.0.1", port);
				server = candidate;
				return;
			}
			catch (RuntimeException ex) { // the port may linger for a moment after a stop
				candidate.shutdownNow();
				if (System.currentTimeMillis() > deadline) {
					throw ex;
				}
				sleep();
			}
		}
	}

	/** Stops at once, dropping every open connection, as a crashed or unplugged database does. */
	synchronized void stop() {
		if (server != null) {
			server.shutdownNow();
			server = null;
		}
	}

	@Override
	public void close() throws IOException {
		stop();
		Files.deleteIfExists(file);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

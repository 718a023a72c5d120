package org.inclusivecities.platform.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application as a separate JVM (the test's own classpath, main class
 * {@code PlatformApplication}), for tests that kill it, restart it or run several instances side by side.
 * Started on random free ports with small heaps and a quick-start JIT; output goes to a log file whose
 * tail is shown when the process does not come up.
 */
final class AppProcess implements AutoCloseable {

	/**
	 * About 10 s on an idle machine (plus the demo network one instance seeds); generous because the build machine is
	 * often shared and loaded (a load average of 23 on 2 cores took 193 s to the started context).
	 */
	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(420);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final int port;

	private final int mongoPort;

	private final Path log;

	private AppProcess(String name, Process process, int port, int mongoPort, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.mongoPort = mongoPort;
		this.log = log;
	}

	/**
	 * Starts an instance with its own embedded MongoDB on {@code dataDir} (unless {@code properties} sets
	 * {@code spring.mongodb.uri}) and waits until it is ready.
	 */
	static AppProcess start(String name, Path dataDir, Map<String, String> properties) {
		return launch(name, dataDir, properties).awaitReady();
	}

	/** Starts an instance like {@link #start} without waiting for it: call {@link #awaitReady()}. */
	static AppProcess launch(String name, Path dataDir, Map<String, String> properties) {
		int port = freePort();
		int mongoPort = freePort();
		Map<String, String> all = new LinkedHashMap<>();
		all.put("server.port", String.valueOf(port));
		all.put("platform.data-dir", dataDir.toString());
		all.put("platform.embedded-mongodb.port", String.valueOf(mongoPort));
		all.put("spring.main.banner-mode", "off");
		// the test classpath turns shared sessions off for in-process tests; a real instance has them on
		all.put("platform.web.shared-sessions", "true");
		// instances given a spring.mongodb.uri must know their own address
		all.put("platform.web.allowed-hosts", "localhost,127.0.0.1");
		all.putAll(properties);
		try {
			Files.createDirectories(dataDir);
			Path argFile = Files.createTempFile("app-process-", ".args");
			argFile.toFile().deleteOnExit();
			// the classpath goes in an argument file: it can be longer than a command line allows
			String classpath = System.getProperty("java.class.path");
			Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"");
			List<String> command = new ArrayList<>(List.of(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
					"-Xshare:auto", "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
					"@" + argFile, "org.inclusivecities.platform.PlatformApplication"));
			all.forEach((key, value) -> command.add("--" + key + "=" + value));
			Path log = Files.createTempFile("app-process-" + name + "-", ".log");
			log.toFile().deleteOnExit();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new AppProcess(name, process, port, mongoPort, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** Connection string of this instance's embedded MongoDB (only when it runs one). */
	String embeddedMongoUri() {
		return "mongodb://127.0.0.1:" + mongoPort + "/inclusive-cities";
	}

	/** SIGKILL: no shutdown hook, no graceful close of the database, like a power cut to the process. */
	void kill() {
		process.destroyForcibly();
		awaitExit();
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroy();
			awaitExit();
		}
	}

	private void awaitExit() {
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until the instance answers its readiness probe; fails with the tail of its log otherwise. */
	AppProcess awaitReady() {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		var request = HttpRequest.newBuilder(url("/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(Duration.ofMillis(250));
		}
		close();
		throw new IllegalStateException(name + " was not ready within " + STARTUP_TIMEOUT + ":\n" + logTail());
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

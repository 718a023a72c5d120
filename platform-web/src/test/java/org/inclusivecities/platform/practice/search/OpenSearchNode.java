package org.inclusivecities.platform.practice.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real one-node OpenSearch cluster for tests, in its own JVM: OpenSearch 3.8 brings Lucene 10.5 and the
 * application uses 10.6, so they cannot share a class path. Its class path comes from the stand-alone
 * {@code src/test/opensearch-node/pom.xml}, resolved by Maven once (offline when it can) and cached under {@code target/}.
 * The node stops when {@link #close()} closes its standard input, or when this JVM dies.
 */
public final class OpenSearchNode implements AutoCloseable {

	private static final Path MODULE = Path.of("").toAbsolutePath();

	private static final Path NODE_SOURCES = MODULE.resolve("src/test/opensearch-node");

	private static final Path WORK = MODULE.resolve("target/opensearch-node");

	private final Process process;

	private final int httpPort;

	private OpenSearchNode(Process process, int httpPort) {
		this.process = process;
		this.httpPort = httpPort;
	}

	public static OpenSearchNode start() throws Exception {
		Files.createDirectories(WORK);
		int httpPort = freePort();
		int transportPort = freePort();
		Path home = Files.createTempDirectory(WORK, "home-");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-Xms512m", "-Xmx512m", "-cp", classPath(), 
				NODE_SOURCES.resolve("OpenSearchNodeMain.java").toString(), String.valueOf(httpPort),
				String.valueOf(transportPort), home.toString())
			.redirectErrorStream(true)
			.start();
		Path log = WORK.resolve("node-" + httpPort + ".log");
		CompletableFuture<Boolean> ready = new CompletableFuture<>();
		Thread.ofVirtual().start(() -> copyUntilEnd(process, log, ready));
		OpenSearchNode node = new OpenSearchNode(process, httpPort);
		try {
			if (!ready.get(180, TimeUnit.SECONDS)) {
				throw new IllegalStateException("OpenSearch node did not start; see " + log);
			}
		}
		catch (Exception ex) {
			node.close();
			throw ex;
		}
		return node;
	}

	public String uri() {
		return "http://localhost:" + httpPort;
	}

	@Override
	public void close() throws InterruptedException {
		try {
			process.getOutputStream().close();
		}
		catch (IOException ex) {
			// already gone
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private static void copyUntilEnd(Process process, Path log, CompletableFuture<Boolean> ready) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
			String line;
			while ((line = out.readLine()) != null) {
				file.println(line);
				if (line.endsWith("] READY") || line.equals("READY")) {
					ready.complete(true);
					file.flush();
				}
			}
		}
		catch (IOException ex) {
			// the node is gone
		}
		ready.complete(false);
	}

	/**
	 * The node's class path, asked of Maven once per build folder: offline first (the usual case, everything is in
	 * the local repository after the first build), then online, so a fresh machine downloads the node once.
	 */
	private static String classPath() throws IOException, InterruptedException {
		Path cached = WORK.resolve("classpath.txt");
		if (!Files.exists(cached) && !resolve(cached, true) && !resolve(cached, false)) {
			throw new IllegalStateException("Could not resolve the OpenSearch node's class path; see "
					+ WORK.resolve("maven.log") + " (it runs: ./mvnw -f "
					+ "platform-web/src/test/opensearch-node/pom.xml dependency:build-classpath)");
		}
		return Files.readString(cached).strip();
	}

	private static boolean resolve(Path cached, boolean offline) throws IOException, InterruptedException {
		Path root = MODULE.getParent();
		List<String> command = new java.util.ArrayList<>(List.of(root.resolve("mvnw").toString(), "-q", "-B", "-f",
				NODE_SOURCES.resolve("pom.xml").toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + cached));
		if (offline) {
			command.add(1, "-o");
		}
		Process maven = new ProcessBuilder(command).directory(root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(WORK.resolve(offline ? "maven-offline.log" : "maven.log").toFile())
			.start();
		return maven.waitFor(10, TimeUnit.MINUTES) && maven.exitValue() == 0 && Files.exists(cached);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

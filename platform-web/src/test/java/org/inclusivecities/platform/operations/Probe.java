package org.inclusivecities.platform.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP requests to a running instance, each timed, as a browser, an API client or a probe sends them. */
final class Probe {

	private static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final int port;

	Probe(int port) {
		this.port = port;
	}

	/** A page, as a browser asks for it. */
	Answer page(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	/** A page, as a browser that has a session with the site asks for it ({@code cookie} as {@code name=value}). */
	Answer page(String path, String cookie) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Cookie", cookie)
			.timeout(Duration.ofSeconds(40))
			.GET()
			.build());
	}

	/** A health probe, as Kubernetes sends it. */
	Answer probe(String path) throws IOException, InterruptedException {
		return get(path, "*/*");
	}

	private Answer get(String path, String accept) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(40))
			.GET()
			.build());
	}

	Answer putJson(String path, String bearer, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(40))
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private static Answer send(HttpRequest request) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response, Duration.ofNanos(System.nanoTime() - start));
	}

	/** A response and how long it took. */
	record Answer(HttpResponse<String> response, Duration took) {

		int status() {
			return response.statusCode();
		}

		String body() {
			return response.body();
		}

		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

	}

}

package org.inclusivecities.platform.operations;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives an {@link AppProcess} like a browser without JavaScript: GETs pages, posts forms with their CSRF
 * token, signs in through the real /login form and carries the session cookie.
 */
final class FormClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** Form sign-in on an instance; returns the (new) session cookie as {@code name=value}. */
	String signIn(AppProcess app, String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> page = get(app, "/login", null);
		String session = sessionCookie(page);
		HttpResponse<String> response = post(app, "/login", session,
				Map.of("username", email, "password", password, "_csrf", csrfToken(page.body())));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		String signedIn = sessionCookie(response);
		assertThat(signedIn).as("a new session id after sign-in").isNotEqualTo(session);
		return signedIn;
	}

	HttpResponse<String> get(AppProcess app, String path, String session) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(app.url(path)).GET();
		if (session != null) {
			request.header("Cookie", session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(AppProcess app, String path, String session, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(app.url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form found on {@code pagePath}, with that page's CSRF token. */
	HttpResponse<String> submit(AppProcess app, String pagePath, String action, String session,
			Map<String, String> fields) throws IOException, InterruptedException {
		var form = new java.util.HashMap<>(fields);
		form.put("_csrf", csrfToken(get(app, pagePath, session).body()));
		return post(app, action, session, form);
	}

	/** The session cookie as {@code name=value}, whatever the session store names it. */
	static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	static String csrfToken(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
		return matcher.group(1);
	}

}

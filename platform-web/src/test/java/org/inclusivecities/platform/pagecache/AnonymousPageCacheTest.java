package org.inclusivecities.platform.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

class AnonymousPageCacheTest {

	final AtomicInteger rendered = new AtomicInteger();

	/** What the application answers; each test may change it. */
	Page page = (request, response) -> html(response, "<p>Directory for " + request.getLocale() + "</p>");

	Instant now = Instant.parse("2026-11-21T09:00:00Z");

	final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	/** TTL 30 s, grace 30 s (the defaults); {@link #withGrace} replaces it. */
	AnonymousPageCache cache = withGrace(Duration.ofSeconds(30));

	AnonymousPageCache withGrace(Duration grace) {
		return new AnonymousPageCache(new PageCacheProperties(true, Duration.ofSeconds(30), grace,
				DataSize.ofMegabytes(1), DataSize.ofKilobytes(64), List.of("/cities", "/cities/{slug}", "/api/v1/cities")),
				new AcceptHeaderLocaleResolver(), clock);
	}

	interface Page {

		void render(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	final ExecutorService executor = Executors.newFixedThreadPool(3);

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
		executor.shutdownNow();
	}

	@Test
	void anAnonymousPageIsRenderedOnceAndThenServedWithItsHeaders() throws Exception {
		MockHttpServletResponse first = get(request("/cities"));
		MockHttpServletResponse second = get(request("/cities"));
		assertThat(rendered).hasValue(1);
		assertThat(first.getHeader("X-Page-Cache")).isEqualTo("MISS");
		assertThat(second.getHeader("X-Page-Cache")).isEqualTo("HIT");
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("Directory");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void keyedByUrlLanguageAndAcceptHeader() throws Exception {
		get(request("/cities"));
		MockHttpServletRequest dutch = request("/cities");
		dutch.addPreferredLocale(Locale.forLanguageTag("nl"));
		assertThat(get(dutch).getContentAsString()).contains("nl");
		MockHttpServletRequest json = request("/cities");
		json.addHeader("Accept", "application/json");
		get(json);
		MockHttpServletRequest otherPage = request("/cities");
		otherPage.setQueryString("page=2");
		otherPage.addParameter("page", "2");
		get(otherPage);
		MockHttpServletRequest parameterOnly = request("/cities"); // as MockMvc's param(): no query string
		parameterOnly.addParameter("country", "BE");
		get(parameterOnly);
		assertThat(rendered).hasValue(5);
	}

	@Test
	void aSignedInVisitorAlwaysGetsTheirOwnPage() throws Exception {
		get(request("/cities"));
		MockHttpServletRequest withSession = request("/cities");
		withSession.setCookies(new Cookie("SESSION", "abc"));
		page = (request, response) -> html(response, "<p>Signed in as Ana</p>");
		assertThat(get(withSession).getContentAsString()).contains("Ana");

		MockHttpServletRequest withToken = request("/cities");
		withToken.addHeader("Authorization", "Bearer xyz");
		assertThat(get(withToken).getContentAsString()).contains("Ana");

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("ana", null, "ROLE_USER"));
		assertThat(get(request("/cities")).getContentAsString()).contains("Ana");
		SecurityContextHolder.clearContext();

		assertThat(rendered).hasValue(4);
		assertThat(get(request("/cities")).getContentAsString()).as("nobody else gets Ana's page")
			.doesNotContain("Ana");
	}

	@Test
	void aResponseThatSetsACookieOrOpensASessionIsNeverKept() throws Exception {
		page = (request, response) -> {
			response.addCookie(new Cookie("lang", "nl"));
			html(response, "<p>Dutch from now on</p>");
		};
		get(request("/cities"));
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("MISS");
		page = (request, response) -> {
			request.getSession(true).setAttribute("csrf", "secret-token");
			html(response, "<input name=\"_csrf\" value=\"secret-token\">");
		};
		get(request("/cities/gent"));
		MockHttpServletResponse again = get(request("/cities/gent"));
		assertThat(again.getHeader("X-Page-Cache")).isEqualTo("MISS");
		assertThat(rendered).hasValue(4);
	}

	@Test
	void onlyListedRoutesAndOk200HtmlOrJsonAreKept() throws Exception {
		get(request("/my/cities/gent"));
		get(request("/my/cities/gent"));
		page = (request, response) -> response.sendError(404);
		get(request("/cities/nowhere"));
		get(request("/cities/nowhere"));
		page = (request, response) -> {
			response.setContentType("text/csv");
			response.getWriter().write("a,b");
		};
		get(request("/cities/csv"));
		get(request("/cities/csv"));
		assertThat(rendered).hasValue(6);
	}

	@Test
	void pagesExpireAfterTheTtlOnTheApplicationClock() throws Exception {
		get(request("/cities"));
		now = now.plusSeconds(29);
		MockHttpServletResponse hit = get(request("/cities"));
		assertThat(hit.getHeader("X-Page-Cache")).isEqualTo("HIT");
		assertThat(hit.getHeader("Age")).as("rendered 29 s ago").isEqualTo("29");
		now = now.plusSeconds(2);
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("MISS");
	}

	@Test
	void aStalePageAnswersTheRequestsArrivingWhileOneRequestRendersItAgain() throws Exception {
		page = (request, response) -> html(response, "<p>old directory</p>");
		get(request("/cities"));
		now = now.plusSeconds(45); // past the TTL (30 s), within the grace (30 s more)
		Held renderingAgain = hold("<p>new directory</p>");
		var leader = executor.submit(() -> get(request("/cities")));
		renderingAgain.started();

		MockHttpServletResponse meanwhile = get(request("/cities"));
		assertThat(meanwhile.getHeader("X-Page-Cache")).isEqualTo("STALE");
		assertThat(meanwhile.getContentAsString()).contains("old directory");
		assertThat(meanwhile.getHeader("Age")).as("a browser counts its max-age from the rendering").isEqualTo("45");
		assertThat(meanwhile.getHeader("X-Frame-Options")).isEqualTo("DENY");

		renderingAgain.finish();
		assertThat(leader.get().getHeader("X-Page-Cache")).isEqualTo("MISS");
		assertThat(leader.get().getContentAsString()).contains("new directory");
		MockHttpServletResponse afterwards = get(request("/cities"));
		assertThat(afterwards.getHeader("X-Page-Cache")).isEqualTo("HIT");
		assertThat(afterwards.getContentAsString()).contains("new directory");
		assertThat(afterwards.getHeader("Age")).isEqualTo("0");
		assertThat(rendered).hasValue(2);
	}

	@Test
	void pastTheTtlAndTheGraceAPageIsMissingAgain() throws Exception {
		page = (request, response) -> html(response, "<p>old directory</p>");
		get(request("/cities"));
		now = now.plusSeconds(60);
		assertRequestsDuringARenderingWaitForIt();
	}

	@Test
	void withoutGraceARequestArrivingDuringTheRenderingWaitsForItAsBefore() throws Exception {
		cache = withGrace(Duration.ZERO);
		page = (request, response) -> html(response, "<p>old directory</p>");
		get(request("/cities"));
		now = now.plusSeconds(29);
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("HIT");
		now = now.plusSeconds(1);
		assertRequestsDuringARenderingWaitForIt();
	}

	@Test
	void afterAnInvalidationNothingStaleIsServed() throws Exception {
		page = (request, response) -> html(response, "<p>story with consent</p>");
		get(request("/cities"));
		now = now.plusSeconds(45);
		cache.invalidate(); // e.g. the consent to a story is withdrawn
		page = (request, response) -> html(response, "<p>story withdrawn</p>");
		MockHttpServletResponse next = get(request("/cities"));
		assertThat(next.getHeader("X-Page-Cache")).isEqualTo("MISS");
		assertThat(next.getContentAsString()).contains("story withdrawn");
	}

	@Test
	void anInvalidationDuringTheRenderingOfAStalePageStopsServingIt() throws Exception {
		page = (request, response) -> html(response, "<p>story with consent</p>");
		get(request("/cities"));
		now = now.plusSeconds(45);
		Held renderingAgain = hold("<p>story with consent, rendered before the withdrawal</p>");
		var leader = executor.submit(() -> get(request("/cities")));
		renderingAgain.started();
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("STALE");

		cache.invalidate(); // the consent is withdrawn while the page renders
		page = (request, response) -> html(response, "<p>story withdrawn</p>"); // (the leader renders the old one)
		var afterInvalidation = executor.submit(() -> get(request("/cities")));
		assertStillWaiting(afterInvalidation);
		renderingAgain.finish();
		assertThat(leader.get().getHeader("X-Page-Cache")).isEqualTo("MISS");
		MockHttpServletResponse next = afterInvalidation.get();
		assertThat(next.getHeader("X-Page-Cache")).as("waited, then rendered its own").isEqualTo("MISS");
		assertThat(next.getContentAsString()).doesNotContain("with consent");
		assertThat(get(request("/cities")).getContentAsString()).contains("story withdrawn");
	}

	@Test
	void whenTheRenderingOfAStalePageCannotBeKeptTheStalePageIsDropped() throws Exception {
		page = (request, response) -> html(response, "<p>old directory</p>");
		get(request("/cities"));
		now = now.plusSeconds(45);
		page = (request, response) -> response.sendError(500);
		assertThat(get(request("/cities")).getStatus()).isEqualTo(500);
		assertRequestsDuringARenderingWaitForIt();

		now = now.plusSeconds(45);
		page = (request, response) -> {
			response.addCookie(new Cookie("lang", "nl"));
			html(response, "<p>Dutch from now on</p>");
		};
		get(request("/cities"));
		assertRequestsDuringARenderingWaitForIt();
	}

	@Test
	void whenTheRenderingOfAStalePageFailsTheStalePageIsDropped() throws Exception {
		page = (request, response) -> html(response, "<p>old directory</p>");
		get(request("/cities"));
		now = now.plusSeconds(45);
		page = (request, response) -> {
			throw new IOException("the database is gone");
		};
		assertThatIOException().isThrownBy(() -> get(request("/cities")));
		assertRequestsDuringARenderingWaitForIt();
	}

	/**
	 * A request renders the page and is held there; one arriving meanwhile must not get an old page (STALE) but wait
	 * for that rendering and get the new page.
	 */
	private void assertRequestsDuringARenderingWaitForIt() throws Exception {
		int before = rendered.get();
		Held rendering = hold("<p>new directory</p>");
		var leader = executor.submit(() -> get(request("/cities")));
		rendering.started();
		var meanwhile = executor.submit(() -> get(request("/cities")));
		assertStillWaiting(meanwhile);
		rendering.finish();
		assertThat(leader.get().getHeader("X-Page-Cache")).isEqualTo("MISS");
		assertThat(meanwhile.get().getHeader("X-Page-Cache")).isEqualTo("HIT");
		assertThat(meanwhile.get().getContentAsString()).contains("new directory");
		assertThat(rendered).as("rendered once more").hasValue(before + 1);
	}

	@Test
	void requestsArrivingWhileAPageRendersWaitForItInsteadOfRenderingItAgain() throws Exception {
		java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		page = (request, response) -> {
			entered.countDown();
			try {
				release.await(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			html(response, "<p>slow directory</p>");
		};
		var executor = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			var first = executor.submit(() -> get(request("/cities")));
			assertThat(entered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			var second = executor.submit(() -> get(request("/cities")));
			var third = executor.submit(() -> get(request("/cities")));
			Thread.sleep(300); // let both reach the page being rendered
			release.countDown();
			assertThat(first.get().getContentAsString()).contains("slow directory");
			assertThat(second.get().getContentAsString()).contains("slow directory");
			assertThat(third.get().getContentAsString()).contains("slow directory");
			assertThat(rendered).as("rendered once for three requests").hasValue(1);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void aPageKeptLaterThanTheClockNowSaysIsNotServed() throws Exception {
		now = now.plusSeconds(3_600);
		get(request("/cities"));
		now = now.minusSeconds(3_600); // the clock set back: that page may show a later state of the world
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("MISS");
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("HIT");
	}

	@Test
	void invalidationForgetsPagesAndRefusesPagesRenderedAcrossIt() throws Exception {
		get(request("/cities"));
		cache.invalidate();
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("MISS");
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("HIT");

		page = (request, response) -> {
			html(response, "<p>old directory</p>");
			cache.invalidate(); // the directory changes while this page renders
		};
		get(request("/cities/gent"));
		page = (request, response) -> html(response, "<p>new directory</p>");
		assertThat(get(request("/cities/gent")).getContentAsString()).contains("new directory");
	}

	/**
	 * A request waiting for a rendering does not complete before it: a wrong STALE (or any answer that does not wait)
	 * fails here. (A slow executor can only make this pass more easily, never fail.)
	 */
	private static void assertStillWaiting(Future<MockHttpServletResponse> request) {
		assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> request.get(300, TimeUnit.MILLISECONDS));
	}

	/** A page whose rendering stops, once started, until {@link Held#finish()}: as a slow rendering. */
	private Held hold(String body) {
		Held held = new Held();
		page = (request, response) -> {
			held.started.countDown();
			try {
				assertThat(held.finish.await(10, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			html(response, body);
		};
		return held;
	}

	static final class Held {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch finish = new CountDownLatch(1);

		void started() throws InterruptedException {
			assertThat(started.await(10, TimeUnit.SECONDS)).as("the rendering started").isTrue();
		}

		void finish() {
			finish.countDown();
		}

	}

	private MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServerName("example.org");
		return request;
	}

	private MockHttpServletResponse get(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
				rendered.incrementAndGet();
				resp.setHeader("X-Frame-Options", "DENY");
				page.render(req, resp);
			}
		};
		cache.doFilter(request, response, new MockFilterChain(servlet));
		return response;
	}

	private static void html(HttpServletResponse response, String body) throws IOException {
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write(body);
	}

}

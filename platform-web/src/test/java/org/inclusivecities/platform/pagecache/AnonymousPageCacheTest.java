package org.inclusivecities.platform.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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

class AnonymousPageCacheTest {

	final AtomicInteger rendered = new AtomicInteger();

	/** What the application answers; each test may change it. */
	Page page = (request, response) -> html(response, "<p>Directory for " + request.getLocale() + "</p>");

	Instant now = Instant.parse("2026-11-21T09:00:00Z");

	final AnonymousPageCache cache = new AnonymousPageCache(new PageCacheProperties(true, Duration.ofSeconds(30),
			DataSize.ofMegabytes(1), DataSize.ofKilobytes(64), List.of("/cities", "/cities/{slug}", "/api/v1/cities"),
			List.of()), new AcceptHeaderLocaleResolver(), new Clock() {
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
			});

	interface Page {

		void render(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
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
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("HIT");
		now = now.plusSeconds(2);
		assertThat(get(request("/cities")).getHeader("X-Page-Cache")).isEqualTo("MISS");
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

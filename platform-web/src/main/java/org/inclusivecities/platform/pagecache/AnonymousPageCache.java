package org.inclusivecities.platform.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whole public pages for visitors who are not signed in, as Drupal's internal page cache keeps them: an anonymous
 * GET (no session, no Authorization header, no cookie but the language one) of a listed route is answered from
 * memory when the same URL was rendered for the same language and Accept header within the TTL. Only a 200 HTML
 * or JSON answer that sets no cookie and created no session is kept, so a page carrying a CSRF token (which needs
 * a session) or anything personal is never kept. {@link #invalidate()} empties it; {@code X-Page-Cache} says HIT,
 * STALE or MISS. An answer rendered while the content changed is not kept (generation check). Past the TTL, within
 * the grace, a page is stale (as RFC 5861's stale-while-revalidate, Varnish's grace): the next request renders it
 * again and the requests arriving during that rendering get the stale page; it is dropped when that rendering cannot
 * be kept, and never served after an invalidation.
 */
public final class AnonymousPageCache extends OncePerRequestFilter {

	static final String HEADER = "X-Page-Cache";

	static final String LANGUAGE_COOKIE = "lang";

	private final Clock clock;

	private final PageCacheProperties properties;

	/** Milliseconds a page is fresh, then stale (served only during its next rendering). */
	private final long ttl;

	private final long grace;

	private final LocaleResolver locales;

	private final List<PathPattern> paths;

	private final Cache<String, KeptPage> pages;

	private final AtomicLong generation = new AtomicLong();

	/** Pages being rendered now, by key: later requests for the same page get its stale copy or wait for it. */
	private final Map<String, CompletableFuture<KeptPage>> rendering = new ConcurrentHashMap<>();

	private static final long COALESCE_WAIT_SECONDS = 10;

	/**
	 * The TTL runs on the application's {@link Clock}, so a page never outlives a date-dependent change (a badge that
	 * starts on a deadline) by more than the TTL (plus, to the requests arriving while it is rendered again, that
	 * rendering), whatever sets the clock.
	 */
	public AnonymousPageCache(PageCacheProperties properties, LocaleResolver locales, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.locales = locales;
		this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.ttl = properties.ttl().toMillis();
		this.grace = properties.grace().toMillis();
		this.pages = Caffeine.newBuilder()
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.expireAfterWrite(properties.ttl().plus(properties.grace())) // fresh or stale: decided on keptAt
			.maximumWeight(properties.maxSize().toBytes())
			.<String, KeptPage>weigher((key, page) -> key.length() + page.body().length + 512)
			.build();
	}

	/** Forgets every page, and refuses to keep pages whose rendering started before now. */
	public void invalidate() {
		generation.incrementAndGet();
		pages.invalidateAll();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!properties.enabled() || !anonymousGet(request) || !listed(request)
				|| request.getParameter(LANGUAGE_COOKIE) != null) { // a language switch sets the cookie
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		long now = clock.millis();
		KeptPage page = kept(key, now);
		if (page != null && now - page.keptAt() < ttl) {
			page.replay(response, "HIT", now);
			return;
		}
		// one request renders a missing or stale page; the others asking for it meanwhile get the stale page at once
		// or, when there is none, wait for that rendering, instead of all rendering it when it expires (a stampede)
		CompletableFuture<KeptPage> mine = new CompletableFuture<>();
		CompletableFuture<KeptPage> leader = rendering.putIfAbsent(key, mine);
		if (leader != null) {
			if (page != null && page.generation() == generation.get()) { // (no invalidation since it was read)
				page.replay(response, "STALE", now);
				return;
			}
			KeptPage shared = await(leader);
			if (shared != null) {
				shared.replay(response, "HIT", clock.millis());
				return;
			}
			render(key, request, response, chain); // not keepable, failed or slow: this request renders its own
			return;
		}
		KeptPage rendered = null;
		try {
			rendered = render(key, request, response, chain);
		}
		finally {
			if (rendered == null && page != null) {
				pages.asMap().remove(key, page); // an error or a changed page must not hide behind the stale one
			}
			mine.complete(rendered);
			rendering.remove(key, mine);
		}
	}

	/**
	 * The page kept for this key, fresh or stale, or null when there is none that may be served: expired, kept "in
	 * the future" (the clock was set back, as tests do and an operator may: it may show a later state) or kept from a
	 * rendering an invalidation overtook between its generation check and its put.
	 */
	private KeptPage kept(String key, long now) {
		KeptPage page = pages.getIfPresent(key);
		if (page == null) {
			return null;
		}
		if (page.keptAt() > now || now - page.keptAt() >= ttl + grace || page.generation() != generation.get()) {
			pages.asMap().remove(key, page);
			return null;
		}
		return page;
	}

	/** Renders the page, keeps it when it may be kept and nothing changed meanwhile; returns the kept page or null. */
	private KeptPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = generation.get();
		response.setHeader(HEADER, "MISS");
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		KeptPage kept = null;
		if (keepable(request, capture) && generation.get() == started) {
			kept = KeptPage.of(capture, clock.millis(), started);
			pages.put(key, kept);
		}
		capture.copyBodyToResponse();
		return kept;
	}

	private static KeptPage await(CompletableFuture<KeptPage> leader) {
		try {
			return leader.get(COALESCE_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private static boolean anonymousGet(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getSession(false) != null || SecurityContextHolder.getContext().getAuthentication() != null) {
			return false; // (an authentication before Spring Security ran: set up by a test or another filter)
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
					return false; // a session (valid or not) or anything else that may make the page personal
				}
			}
		}
		return true;
	}

	private boolean listed(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return paths.stream().anyMatch(p -> p.matches(path));
	}

	/** Language, Accept header, URL and every parameter (from the parsed parameters, not the raw query string). */
	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(locales.resolveLocale(request).toLanguageTag()).append('\n')
			.append(request.getHeader(HttpHeaders.ACCEPT))
			.append('\n')
			.append(request.getRequestURL());
		new java.util.TreeMap<>(request.getParameterMap())
			.forEach((name, values) -> key.append('\n').append(name).append('=').append(String.join("\u0000", values)));
		return key.toString();
	}

	private boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		return response.getStatus() == HttpServletResponse.SC_OK && textOrJson(response.getContentType())
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null
				&& response.getContentSize() <= properties.maxPage().toBytes();
	}

	private static boolean textOrJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		return MediaType.TEXT_HTML.equalsTypeAndSubtype(type) || MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
	}

}

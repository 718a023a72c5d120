package org.inclusivecities.platform.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An answer {@link AnonymousPageCache} kept: content type, the headers to replay, the body, when (application clock)
 * it was kept and the cache generation it was rendered in.
 */
record KeptPage(String contentType, Map<String, List<String>> headers, byte[] body, long keptAt, long generation) {

	private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.SET_COOKIE.toLowerCase(Locale.ROOT),
			HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT), HttpHeaders.DATE.toLowerCase(Locale.ROOT),
			HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT), HttpHeaders.AGE.toLowerCase(Locale.ROOT),
			AnonymousPageCache.HEADER.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT));

	/** The answer captured in {@code response}, but the headers that belong to one response only. */
	static KeptPage of(ContentCachingResponseWrapper response, long keptAt, long generation) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.putIfAbsent(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		return new KeptPage(response.getContentType(), Map.copyOf(headers), response.getContentAsByteArray(), keptAt,
				generation);
	}

	/**
	 * Writes this page as the answer, a header the response already has (set by an outer filter) winning. {@code Age}
	 * (RFC 9111 5.1) says how long ago it was rendered, so a browser counts a {@code Cache-Control: max-age} from
	 * then, not from now: a page replayed 45 s after its rendering with max-age=60 is fresh there for 15 s more.
	 */
	void replay(HttpServletResponse response, String verdict, long now) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		headers.forEach((name, values) -> {
			if (!response.containsHeader(name)) {
				values.forEach(value -> response.addHeader(name, value));
			}
		});
		response.setContentType(contentType);
		response.setHeader(AnonymousPageCache.HEADER, verdict);
		response.setHeader(HttpHeaders.AGE, Long.toString(Math.max(0, now - keptAt) / 1000));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}

package org.inclusivecities.platform.pagecache;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache.
 *
 * @param enabled false turns it off (every request rendered)
 * @param ttl how long a page is served as kept ({@code HIT}), also about the longest a change that no event reports
 * (see {@code PublicChange}) stays unseen (plus one rendering, see grace)
 * @param grace how long after the TTL a page may still be answered ({@code X-Page-Cache: STALE}) to the requests that
 * arrive while one request renders it again; 0 turns this off (they wait for that rendering). Never after an
 * invalidation, nor once that rendering could not be kept
 * @param maxSize total size of the bodies kept (the least used go first)
 * @param maxPage larger responses are not kept
 * @param paths the routes whose anonymous GET answers may be kept (Spring path patterns)
 */
@ConfigurationProperties("platform.web.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration ttl,
		@DefaultValue("30s") Duration grace,
		@DefaultValue("64MB") DataSize maxSize, @DefaultValue("1MB") DataSize maxPage,
		@DefaultValue({ "/", "/cities", "/cities/{slug}", "/practices", "/practices/{id}", "/events", "/events/{id}",
				"/api/v1/cities", "/api/v1/cities/{slug}", "/api/v1/practices", "/api/v1/practices/{id}",
				"/api/v1/events", "/api/v1/events/{id}" }) List<String> paths) {

	public PageCacheProperties {
		if (ttl.isNegative() || grace.isNegative()) {
			throw new IllegalArgumentException("platform.web.page-cache ttl and grace must not be negative");
		}
	}

}

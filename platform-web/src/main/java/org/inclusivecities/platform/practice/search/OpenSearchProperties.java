package org.inclusivecities.platform.practice.search;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the library's search lives when {@code platform.web.search.engine=opensearch}.
 *
 * @param uris the cluster's HTTP endpoints, e.g. {@code http://search-1:9200,http://search-2:9200}
 * @param index name of the index of published practices (one per deployment)
 */
@ConfigurationProperties("platform.web.search.opensearch")
record OpenSearchProperties(@DefaultValue("http://localhost:9200") List<URI> uris,
		@DefaultValue("practices") String index) {
}

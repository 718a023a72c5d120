package org.inclusivecities.platform.practice.search;

import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenSearch client, only when the library's search is configured to run on OpenSearch. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "platform.web.search", name = "engine", havingValue = "opensearch")
@EnableConfigurationProperties(OpenSearchProperties.class)
class OpenSearchConfiguration {

	@Bean(destroyMethod = "close")
	OpenSearchTransport openSearchTransport(OpenSearchProperties properties) {
		HttpHost[] hosts = properties.uris()
			.stream()
			.map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
			.toArray(HttpHost[]::new);
		return ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper()).build();
	}

	@Bean
	OpenSearchClient openSearchClient(OpenSearchTransport transport) {
		return new OpenSearchClient(transport);
	}

}

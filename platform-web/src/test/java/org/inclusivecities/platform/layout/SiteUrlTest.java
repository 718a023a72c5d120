package org.inclusivecities.platform.layout;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteUrlTest {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aRealDatabaseWithoutTheSiteAddressStopsTheStartSayingWhatToSet() {
		MockEnvironment production = new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://db/x");
		assertThatThrownBy(() -> new SiteUrl(new SiteProperties(null, null), production))
			.isInstanceOf(SiteUrlNotConfigured.class)
			.hasMessageContaining("platform.web.base-url")
			.hasMessageContaining("platform.web.allowed-hosts");
		assertThat(new SiteUrlFailureAnalyzer().analyze(new SiteUrlNotConfigured()).getAction())
			.contains("PLATFORM_WEB_BASE_URL");
	}

	@Test
	void theConfiguredBaseUrlWinsOverAnyHostHeader() {
		request("evil.example", 80);
		SiteUrl site = new SiteUrl(new SiteProperties("https://cities.example/", null),
				new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://db/x"));
		assertThat(site.current()).isEqualTo("https://cities.example");
		assertThat(site.currentRequest().build().toUriString()).isEqualTo("https://cities.example/api/v1/cities?page=2");
	}

	@Test
	void anUnlistedHostGetsTheFirstAllowedOneOnTheServersOwnPort() {
		MockHttpServletRequest request = request("evil.example", 8080);
		request.setLocalPort(8080);
		SiteUrl site = new SiteUrl(new SiteProperties("", List.of("Platform.Example.org", "other.example")),
				new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://db/x"));
		assertThat(site.current()).isEqualTo("http://platform.example.org:8080");
		request("other.example", 8443);
		assertThat(site.current()).isEqualTo("http://other.example:8443");
	}

	@Test
	void theEmbeddedDefaultAllowsOnlyLocalhost() {
		SiteUrl site = new SiteUrl(new SiteProperties(null, null), new MockEnvironment());
		MockHttpServletRequest request = request("evil.example", 80);
		request.setLocalPort(80);
		assertThat(site.current()).isEqualTo("http://localhost");
		assertThat(site.ifKnown()).isEqualTo("http://localhost");
		RequestContextHolder.resetRequestAttributes();
		assertThat(site.ifKnown()).isEmpty();
	}

	private static MockHttpServletRequest request(String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cities");
		request.setQueryString("page=2");
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}

package org.inclusivecities.platform.layout;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the site is reachable, for absolute links.
 *
 * @param baseUrl the public base URL, e.g. {@code https://platform.example.org}; when set, every absolute link
 * uses it whatever the request's Host header says
 * @param allowedHosts host names a request may use for absolute links when no base URL is set (others get links
 * to the first of them); {@code localhost} when neither is set and the embedded database runs
 */
@ConfigurationProperties("platform.web")
public record SiteProperties(String baseUrl, List<String> allowedHosts) {
}

package org.inclusivecities.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's JWT settings.
 *
 * @param audience who JWTs must be meant for: a token is accepted only when its {@code aud} claim contains one
 * of these or its {@code azp} (the client it was issued to) is one of them; required with
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, so a token the provider issued to any other client
 * of the realm opens nothing
 */
@ConfigurationProperties("platform.web.api")
public record ApiProperties(List<String> audience) {

	public ApiProperties {
		audience = audience == null ? List.of() : audience.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
	}

}

package org.inclusivecities.platform.layout;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's base URL for links in mails: {@code platform.web.base-url} when set (recommended behind a
 * proxy), else the address of the current request.
 */
@Component
public class SiteUrl {

	private final String configured;

	SiteUrl(@Value("${platform.web.base-url:}") String configured) {
		this.configured = configured.replaceAll("/+$", "");
	}

	public String current() {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
	}

}

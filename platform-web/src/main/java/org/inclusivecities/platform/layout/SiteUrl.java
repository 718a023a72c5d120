package org.inclusivecities.platform.layout;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
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

	/**
	 * The base URL when it is known: configured, or from the current request; empty in background jobs
	 * (scheduled mails) when {@code platform.web.base-url} is not set.
	 */
	public String ifKnown() {
		if (!configured.isEmpty()) {
			return configured;
		}
		return RequestContextHolder.getRequestAttributes() == null ? "" : current();
	}

}

package org.inclusivecities.platform.layout;

/** The platform runs on a real database but nobody said under which address it is reachable. */
class SiteUrlNotConfigured extends IllegalStateException {

	SiteUrlNotConfigured() {
		super("Links in mails and feeds need the site's public address: set platform.web.base-url "
				+ "(PLATFORM_WEB_BASE_URL, e.g. https://platform.example.org) or platform.web.allowed-hosts "
				+ "(PLATFORM_WEB_ALLOWED_HOSTS, the host names the site answers to). A request's Host header "
				+ "is never trusted for them.");
	}

}

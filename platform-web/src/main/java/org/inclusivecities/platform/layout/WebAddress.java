package org.inclusivecities.platform.layout;

import java.net.URI;
import java.net.URISyntaxException;

/** What a form accepts as a link to the web: an absolute http or https address with a host. */
public final class WebAddress {

	private WebAddress() {
	}

	/** Whether {@code value} (surrounding blanks aside) is an absolute http or https address with a host. */
	public static boolean isHttp(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(value.strip());
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}

package org.inclusivecities.platform.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.directory.MapProperties;

/**
 * The Content-Security-Policy of every page: scripts, styles, fonts and connections from this site only (no inline
 * script or style, no eval), images also from the map's tile server when one is configured; no plugins, no framing, no foreign base URL.
 * And the Permissions-Policy: the site uses no camera, microphone, location or payment.
 */
final class BrowserHeaders {

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#]+)");

	private BrowserHeaders() {
	}

	static String contentSecurityPolicy(MapProperties map) {
		String tiles = map.enabled() ? tiles(map.tiles()) : "";
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
				+ (tiles.isEmpty() ? "" : " " + tiles) + "; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; frame-ancestors 'none'";
	}

	/**
	 * The tile server's origin, {@code {s}} subdomains as a wildcard; nothing for tiles on this site ({@code /tiles/…},
	 * covered by 'self'); the scheme alone when it cannot be told.
	 */
	static String tiles(String tileUrl) {
		if (tileUrl != null && tileUrl.startsWith("/") && !tileUrl.startsWith("//")) {
			return "";
		}
		// a protocol-relative template (//tiles.example.org/…) is fetched over HTTPS on an HTTPS site
		Matcher origin = ORIGIN.matcher(tileUrl == null ? "" : tileUrl.startsWith("//") ? "https:" + tileUrl : tileUrl);
		if (!origin.find()) {
			return "https:";
		}
		String source = origin.group(1).replace("{s}", "*");
		return source.contains("{") ? source.substring(0, source.indexOf(':') + 1) : source;
	}

}

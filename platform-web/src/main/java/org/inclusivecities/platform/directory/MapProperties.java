package org.inclusivecities.platform.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The maps of the directory and the calendar ({@code platform.web.map.*}): {@code tiles} is the tile server's URL
 * template (Leaflet syntax, with {z}/{x}/{y}, optionally {s}), or {@code none} for no map at all (the text list is the
 * whole page); {@code attribution} is what the tiles' licence asks to show (HTML, in the map's corner); {@code
 * tile-wait} is how long the map waits for its first tile: a tile server that neither answers nor fails within it
 * (hanging) takes the map away as failing tiles do, so visitors are not left with pins on a grey box.
 * <p>
 * The default is {@code none}: a map makes every visitor's browser fetch tiles from the tile server, which then sees
 * their address and what they look at. A public body chooses that server (its own, e.g. a self-hosted OpenStreetMap
 * tile server, or a provider under contract) instead of a default sending its visitors to a third party.
 */
@ConfigurationProperties("platform.web.map")
public record MapProperties(@DefaultValue(MapProperties.NONE) String tiles,
		@DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors") String attribution,
		@DefaultValue("10s") Duration tileWait) {

	/** The value of {@code tiles} that turns the maps off. */
	public static final String NONE = "none";

	/** Whether pages show a map: a tile server is configured. */
	public boolean enabled() {
		return tiles != null && !tiles.isBlank() && !NONE.equalsIgnoreCase(tiles.strip());
	}

}

package org.inclusivecities.platform.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map of the directory ({@code platform.web.map.*}): the tile server URL template (Leaflet syntax, with
 * {z}/{x}/{y}) and the attribution its licence asks for (HTML, shown in the map's corner).
 */
@ConfigurationProperties("platform.web.map")
public record MapProperties(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
		@DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors") String attribution) {
}

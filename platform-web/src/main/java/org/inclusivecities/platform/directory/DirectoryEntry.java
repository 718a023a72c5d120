package org.inclusivecities.platform.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.inclusivecities.platform.city.City;

/**
 * What the public may know of a listed city: the same fields on the pages, the API and the CSV export; {@code
 * milestones} are the keys of the charter milestones it has reached, in order.
 */
public record DirectoryEntry(String slug, String name, String country, String region, Long population,
		List<String> languages, Double latitude, Double longitude, String status, Instant memberSince,
		String website, List<String> badges, List<String> milestones) {

	static DirectoryEntry of(City city, List<String> badges, List<String> milestones) {
		return new DirectoryEntry(city.getSlug(), city.getName(), city.getCountry(), city.getRegion(),
				city.getPopulation(), city.getLanguages(),
				city.getCoordinates() == null ? null : city.getCoordinates().latitude(),
				city.getCoordinates() == null ? null : city.getCoordinates().longitude(),
				city.getStatus().name().toLowerCase(Locale.ROOT), city.getMemberSince(), city.getWebsite(),
				List.copyOf(badges), List.copyOf(milestones));
	}

	public boolean located() {
		return latitude != null && longitude != null;
	}

}

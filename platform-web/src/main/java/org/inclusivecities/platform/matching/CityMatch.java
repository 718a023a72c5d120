package org.inclusivecities.platform.matching;

import java.util.List;

/** A city recommended to another, with its score and every reason that made it (most weighty first). */
public record CityMatch(String cityId, String slug, String name, String country, double score, double similarity,
		List<MatchReason> reasons) {

	public CityMatch {
		reasons = List.copyOf(reasons);
	}

	public boolean hasReason(String key) {
		return reasons.stream().anyMatch(r -> r.key().equals(key));
	}

}

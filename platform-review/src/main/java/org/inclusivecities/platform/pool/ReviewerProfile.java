package org.inclusivecities.platform.pool;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a city says about a reviewer it nominates: languages (ISO codes), expertise (activity types and
 * sectors, free lower-case tags such as "recovery-cafe" or "employment"), and how many reviews at once.
 */
public record ReviewerProfile(Set<String> languages, Set<String> expertise, int maxConcurrentReviews) {

	public ReviewerProfile {
		if (languages == null || languages.isEmpty()) {
			throw new InvalidPoolEntry("reviewer.languages.required");
		}
		if (maxConcurrentReviews < 1 || maxConcurrentReviews > ReviewerNomination.MAX_CAP) {
			throw new InvalidPoolEntry("reviewer.cap.range");
		}
		languages = normalise(languages);
		expertise = expertise == null ? Set.of() : normalise(expertise);
	}

	private static Set<String> normalise(Set<String> tags) {
		return tags.stream()
			.map(t -> t.strip().toLowerCase(Locale.ROOT))
			.filter(t -> !t.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}

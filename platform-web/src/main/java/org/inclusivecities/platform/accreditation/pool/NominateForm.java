package org.inclusivecities.platform.accreditation.pool;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.pool.ReviewerNomination;

/**
 * Whom the city nominates and what it says about them. Everything is a string, checked by
 * {@link NominationChecks}, so an unknown or malformed value is a field message, never a binding failure.
 */
record NominateForm(String personId, Set<String> languages, Set<String> activityTypes, Set<String> sectors,
		String maxConcurrentReviews) {

	static NominateForm empty(List<String> cityLanguages) {
		return new NominateForm("", Set.copyOf(cityLanguages), Set.of(), Set.of(), "2");
	}

	/** The form filled in from an existing nomination, to change it. */
	static NominateForm of(ReviewerNomination nomination) {
		Set<String> types = new HashSet<>();
		Set<String> sectors = new HashSet<>();
		for (String tag : nomination.getExpertise()) {
			if (PoolChoices.option(org.inclusivecities.platform.plan.Sector.class, enumName(tag)).isPresent()) {
				sectors.add(tag);
			}
			else {
				types.add(tag);
			}
		}
		return new NominateForm(nomination.getPersonId(), nomination.getLanguages(), types, sectors,
				String.valueOf(nomination.getMaxConcurrentReviews()));
	}

	private static String enumName(String tag) {
		return tag.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
	}

}

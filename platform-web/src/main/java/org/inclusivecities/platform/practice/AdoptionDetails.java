package org.inclusivecities.platform.practice;

/**
 * What an adopting city says about its adoption: how it adapted the practice locally, an optional reference (a link
 * to its own page about it) and the optional id of one of its own indicators that shows the result.
 */
public record AdoptionDetails(String adaptation, String reference, String indicatorId) {

	public AdoptionDetails {
		adaptation = clean(adaptation);
		reference = clean(reference);
		indicatorId = clean(indicatorId);
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

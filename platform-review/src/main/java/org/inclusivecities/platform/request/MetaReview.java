package org.inclusivecities.platform.request;

import java.time.Instant;

/**
 * The secretariat's consolidated reading of one round's reviews, written once all reviews are in and before the
 * decision; the reviewed city reads its text (never who wrote the reviews it consolidates).
 */
public record MetaReview(int round, String text, String writtenBy, Instant writtenAt) {

	/** The longest meta-review kept. */
	public static final int MAX_TEXT = 8000;

}

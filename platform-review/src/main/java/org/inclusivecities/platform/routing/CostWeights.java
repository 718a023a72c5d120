package org.inclusivecities.platform.routing;

/**
 * Preference weights (whole numbers, so optima compare exactly): added when no language is shared, when no
 * expertise matches the request's topics, when the reviewer already reviewed that city; and per review of
 * load a reviewer or a city already carries (convex, so load spreads over reviewers and cities).
 */
public record CostWeights(int languageMismatch, int noExpertise, int reviewerReused, int reviewerLoadStep,
		int cityLoadStep) {

	public CostWeights {
		if (languageMismatch < 0 || noExpertise < 0 || reviewerReused < 0 || reviewerLoadStep < 0
				|| cityLoadStep < 0) {
			throw new IllegalArgumentException("Routing cost weights cannot be negative");
		}
	}

	public static CostWeights defaults() {
		return new CostWeights(40, 20, 15, 4, 2);
	}

}

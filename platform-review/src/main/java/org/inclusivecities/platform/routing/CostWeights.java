package org.inclusivecities.platform.routing;

/**
 * Preference weights (whole numbers, so optima compare exactly): added when no language is shared, when no
 * expertise matches the request's topics, when the reviewer already reviewed that city; and per review of
 * load a reviewer or a city already carries (convex, so load spreads over reviewers and cities).
 * <p>
 * Reviewer wishes ({@link Wish}): a reviewer who wants the request adds nothing, one who is willing (the default)
 * adds {@code wishWilling}, one who would rather not adds {@code wishRatherNot}. Costs stay non-negative, so a
 * "want" is the absence of the willing cost (with the defaults: wanted 0, willing 10, rather not 40 — wanting
 * weighs a quarter of a shared language). {@code belowMinimum} is the soft minimum load: every review a reviewer
 * is short of their minimum per cycle when the run ends costs that much ({@link Candidate#minimumReviews}); with
 * the default 12 a reviewer below their minimum is preferred over one with three reviews more (load step 4), but
 * never over a shared language. The minimum is a soft target, not a bound: a hard minimum would make a run with
 * fewer requests than the minimums add up to infeasible, and would force reviewers onto requests that breach
 * nothing but fit badly.
 */
public record CostWeights(int languageMismatch, int noExpertise, int reviewerReused, int reviewerLoadStep,
		int cityLoadStep, int wishWilling, int wishRatherNot, int belowMinimum) {

	public CostWeights {
		if (languageMismatch < 0 || noExpertise < 0 || reviewerReused < 0 || reviewerLoadStep < 0 || cityLoadStep < 0
				|| wishWilling < 0 || wishRatherNot < wishWilling || belowMinimum < 0) {
			throw new IllegalArgumentException(
					"Routing cost weights cannot be negative, and rather-not cannot weigh less than willing");
		}
	}

	/** The given preference and load weights, with the default weights of wishes and minimum loads. */
	public CostWeights(int languageMismatch, int noExpertise, int reviewerReused, int reviewerLoadStep,
			int cityLoadStep) {
		this(languageMismatch, noExpertise, reviewerReused, reviewerLoadStep, cityLoadStep, WISH_WILLING,
				WISH_RATHER_NOT, BELOW_MINIMUM);
	}

	static final int WISH_WILLING = 10;

	static final int WISH_RATHER_NOT = 40;

	static final int BELOW_MINIMUM = 12;

	public static CostWeights defaults() {
		return new CostWeights(40, 20, 15, 4, 2);
	}

	/** The cost term of a wish. */
	public long wish(Wish wish) {
		return switch (wish) {
			case WANT -> 0;
			case WILLING -> wishWilling;
			case RATHER_NOT -> wishRatherNot;
		};
	}

}

package org.inclusivecities.platform.routing;

/**
 * What a reviewer said about reviewing one open request (HotCRP's and OpenReview's bids): they want to, are
 * willing (the default, also when they said nothing), or would rather not. A wish only moves the cost
 * ({@link CostWeights#wishWilling}, {@link CostWeights#wishRatherNot}); it never overrides a hard rule.
 */
public enum Wish {

	WANT, WILLING, RATHER_NOT

}

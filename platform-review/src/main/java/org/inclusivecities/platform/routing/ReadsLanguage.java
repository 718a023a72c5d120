package org.inclusivecities.platform.routing;

/**
 * When the city asked for it ({@link RoutingRequest#languageRequired()}), never a reviewer who reads none of the
 * request's languages. Without the city's request the language is a cost ({@link CostWeights#languageMismatch()})
 * and a panel where nobody reads it is flagged ({@link PanelLanguage}).
 */
public final class ReadsLanguage implements HardRule {

	@Override
	public String id() {
		return "language";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		return !request.languageRequired() || PanelLanguage.reads(candidate.languages(), request.languages());
	}

}

package org.inclusivecities.platform.layout;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one paragraph, without a stack trace, what an operator must set when the site address is missing. */
class SiteUrlFailureAnalyzer extends AbstractFailureAnalyzer<SiteUrlNotConfigured> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SiteUrlNotConfigured cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set PLATFORM_WEB_BASE_URL to the address people use (see deploy/README.md, \"What operators must set\").",
				cause);
	}

}

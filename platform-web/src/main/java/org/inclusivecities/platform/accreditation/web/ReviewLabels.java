package org.inclusivecities.platform.accreditation.web;

import java.util.Map;

import org.inclusivecities.platform.layout.LabelledEnums;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.request.CertificateState;
import org.inclusivecities.platform.routing.Wish;
import org.inclusivecities.platform.scoring.Recommendation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the labels of the review's enums are in the review bundle, for {@code @labels}. */
@Configuration(proxyBeanMethods = false)
class ReviewLabels {

	@Bean
	LabelledEnums reviewEnums() {
		return new LabelledEnums(Map.of(Recommendation.class, "review.outcome", CertificateState.class,
				"review.certificate.state", TieKind.class, "pool.tie.kind", Wish.class, "reviewer.wish"));
	}

}

package org.inclusivecities.platform.matching.web;

import java.util.Map;

import org.inclusivecities.platform.matching.PairingStatus;
import org.inclusivecities.platform.matching.TransferPhase;
import org.inclusivecities.platform.layout.LabelledEnums;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the labels of the matching feature's enums are in its bundle, for {@code @labels}. */
@Configuration(proxyBeanMethods = false)
class MatchingLabels {

	@Bean
	LabelledEnums matchingEnums() {
		return new LabelledEnums(Map.of(PairingStatus.class, "matching.status", TransferPhase.class, "matching.phase"));
	}

}

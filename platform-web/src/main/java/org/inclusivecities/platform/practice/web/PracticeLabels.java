package org.inclusivecities.platform.practice.web;

import java.util.Map;

import org.inclusivecities.platform.practice.ConsentScope;
import org.inclusivecities.platform.practice.RevisionStatus;
import org.inclusivecities.platform.layout.LabelledEnums;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the labels of the practice feature's enums are in its bundle, for {@code @labels}. */
@Configuration(proxyBeanMethods = false)
class PracticeLabels {

	@Bean
	LabelledEnums practiceEnums() {
		return new LabelledEnums(Map.of(ConsentScope.class, "practice.scope", RevisionStatus.class, "practice.status"));
	}

}

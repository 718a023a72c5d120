package org.inclusivecities.platform.meetings.web;

import java.util.Map;

import org.inclusivecities.platform.meetings.EventKind;
import org.inclusivecities.platform.meetings.Placement;
import org.inclusivecities.platform.layout.LabelledEnums;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the labels of the meetings feature's enums are in its bundle, for {@code @labels}. */
@Configuration(proxyBeanMethods = false)
class MeetingLabels {

	@Bean
	LabelledEnums meetingsEnums() {
		return new LabelledEnums(Map.of(EventKind.class, "meetings.kind", Placement.class, "meetings.placement"));
	}

}

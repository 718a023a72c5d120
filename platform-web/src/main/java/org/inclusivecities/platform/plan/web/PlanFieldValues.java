package org.inclusivecities.platform.plan.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.inclusivecities.platform.layout.EnumLabels;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.AttendeeGroup;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.GoalTerm;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Recurrence;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.monitoring.Frequency;

import org.springframework.stereotype.Component;

/**
 * A plan part's rows hold each field as text ({@code rows()}: "profile" → "PERSON_IN_RECOVERY"); where a field holds
 * constants (one, or several joined by commas), {@code ${@planFieldValues.say(field, value)}} shows their labels.
 */
@Component("planFieldValues")
public class PlanFieldValues {

	/** The enum of the fields that hold constants, by field name. */
	private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
			Map.entry("influence", Level.class), Map.entry("interest", Level.class),
			Map.entry("engagement", EngagementLevel.class), Map.entry("sector", Sector.class),
			Map.entry("profile", CouncilProfile.class), Map.entry("type", ActivityType.class),
			Map.entry("aims", Aim.class), Map.entry("group", AttendeeGroup.class), Map.entry("term", GoalTerm.class),
			Map.entry("recurrence", Recurrence.class), Map.entry("frequency", Frequency.class));

	private final EnumLabels labels;

	PlanFieldValues(EnumLabels labels) {
		this.labels = labels;
	}

	public String say(String field, String value) {
		Class<? extends Enum<?>> type = ENUMS.get(field);
		if (type == null || value == null || value.isBlank()) {
			return value;
		}
		return Arrays.stream(value.split(",\\s*")).map(name -> label(type, name)).collect(Collectors.joining(", "));
	}

	private String label(Class<? extends Enum<?>> type, String name) {
		return Arrays.stream(type.getEnumConstants())
			.filter(c -> c.name().equals(name))
			.findFirst()
			.map(labels::of)
			.orElse(name);
	}

}

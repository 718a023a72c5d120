package org.inclusivecities.platform.layout;

import java.util.Map;

/**
 * A feature's enums and the key prefix of their labels in its bundle ({@code Level.class → "plan.level"}:
 * {@code plan.level.HIGH}), contributed as a bean; {@link EnumLabels} reads every one and names no feature.
 */
public record LabelledEnums(Map<Class<? extends Enum<?>>, String> prefixes) {

	public LabelledEnums {
		prefixes = Map.copyOf(prefixes);
	}

}

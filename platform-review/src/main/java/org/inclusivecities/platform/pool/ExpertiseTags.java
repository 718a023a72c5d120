package org.inclusivecities.platform.pool;

import java.util.Locale;

/**
 * Reviewers' expertise and requests' topics are the same tags, so routing can match them: the kebab-case name of
 * an action-plan activity type or sector ({@code RECOVERY_CAFE} → {@code recovery-cafe}).
 */
public final class ExpertiseTags {

	private ExpertiseTags() {
	}

	public static String of(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}

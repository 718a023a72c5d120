package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Map;

/** The content of one plan part, as rows of named fields: what the diff between versions compares. */
public interface PartContent {

	List<Map<String, String>> rows();

	/**
	 * Refuses what is saved anew but implausible (rules tightened after data was stored live here, not in the
	 * constructors, so a plan saved before them still reads); rows already in {@code saved} pass unchanged.
	 */
	default void checkChanged(PartContent saved) {
	}

	/** Whether anything has been filled in. */
	default boolean isEmpty() {
		return rows().isEmpty();
	}

}

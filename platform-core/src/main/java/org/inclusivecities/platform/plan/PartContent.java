package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Map;

/** The content of one plan part, as rows of named fields: what the diff between versions compares. */
public interface PartContent {

	List<Map<String, String>> rows();

	/** Whether anything has been filled in. */
	default boolean isEmpty() {
		return rows().isEmpty();
	}

}

package org.inclusivecities.platform.plan;

import java.time.Instant;

/**
 * One part of the plan with its own version counter: saving with a stale version is refused, so two council
 * members editing different parts never block each other and nobody overwrites a part silently.
 */
public record Section<T>(T content, long version, String changedById, String changedByName, Instant changedAt) {

	static <T> Section<T> empty(T content) {
		return new Section<>(content, 0, null, null, null);
	}

	Section<T> next(T newContent, Editor editor, Instant at) {
		return new Section<>(newContent, version + 1, editor.personId(), editor.displayName(), at);
	}

}

package org.inclusivecities.platform.pool;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A reviewer ↔ city conflict, declared by the reviewer or by the secretariat: what kind of conflict and, when the
 * secretariat records one, its reason in words ({@code note}, empty when none was given).
 */
public record DeclaredConflict(String cityId, ConflictKind kind, String declaredBy, Instant at, String note) {

	@PersistenceCreator
	public DeclaredConflict {
		note = note == null ? "" : note;
	}

	public DeclaredConflict(String cityId, ConflictKind kind, String declaredBy, Instant at) {
		this(cityId, kind, declaredBy, at, "");
	}

}

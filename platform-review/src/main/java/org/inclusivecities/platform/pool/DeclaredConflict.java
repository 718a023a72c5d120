package org.inclusivecities.platform.pool;

import java.time.Instant;

/** A reviewer ↔ city conflict, declared by the reviewer or by the secretariat. */
public record DeclaredConflict(String cityId, ConflictKind kind, String declaredBy, Instant at) {

}

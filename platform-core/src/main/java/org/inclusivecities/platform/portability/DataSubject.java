package org.inclusivecities.platform.portability;

/** The person whose data is exported or erased. */
public record DataSubject(String personId, String email, String displayName) {
}

package org.inclusivecities.platform.city;

/** The person whose data is exported or erased. */
public record DataSubject(String personId, String email, String displayName) {
}

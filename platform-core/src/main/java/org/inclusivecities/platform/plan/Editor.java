package org.inclusivecities.platform.plan;

/** Who makes a change: the person's id and the name shown to co-editors. */
public record Editor(String personId, String displayName) {
}

package org.inclusivecities.platform.practice;

/** The secretariat published a practice's revision: it is in the library from now on. */
public record PracticePublished(String cityId, String practiceId) implements PracticeChange {
}

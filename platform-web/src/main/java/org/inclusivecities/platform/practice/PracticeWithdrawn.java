package org.inclusivecities.platform.practice;

/** The secretariat took a published practice out of the library. */
public record PracticeWithdrawn(String cityId, String practiceId) implements PracticeChange {
}

package org.inclusivecities.platform.practice;

/**
 * City {@code cityId} described its adoption of the practice anew, reported a result, or withdrew it: the practice's
 * public view (adopters, count) and its place in the library sorted by adoptions change.
 */
public record AdoptionChanged(String practiceId, String cityId) implements PracticeChange {
}

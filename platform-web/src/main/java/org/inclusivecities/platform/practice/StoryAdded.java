package org.inclusivecities.platform.practice;

/** A story of recovery, given with consent, was added to a practice. */
public record StoryAdded(String cityId, String practiceId, String storyId) implements PracticeChange {
}

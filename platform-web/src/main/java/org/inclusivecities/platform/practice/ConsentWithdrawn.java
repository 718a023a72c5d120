package org.inclusivecities.platform.practice;

/** The consent for a story was withdrawn: the story must disappear from every public view, on every instance. */
public record ConsentWithdrawn(String cityId, String practiceId, String storyId) implements PracticeChange {
}

package org.inclusivecities.platform.practice;

/** A practice's draft, moderation state or images changed, or it was imported or removed with its city. */
public record PracticeEdited(String cityId, String practiceId) implements PracticeChange {
}

package org.inclusivecities.platform.practice;

/** City {@code adoptedBy} adopted the published practice (which lists its adoptions). */
public record PracticeAdopted(String practiceId, String adoptedBy) implements PracticeChange {
}

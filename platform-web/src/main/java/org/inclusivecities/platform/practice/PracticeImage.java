package org.inclusivecities.platform.practice;

/** An image of a practice, stored re-encoded in GridFS; public with the next publication of the practice. */
public record PracticeImage(String id, String alt, String contentType, int width, int height, boolean published) {

	PracticeImage approved() {
		return new PracticeImage(id, alt, contentType, width, height, true);
	}

}

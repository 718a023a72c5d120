package org.inclusivecities.platform.plan;

/** No published version with that number for this city (404). */
public class PublishedVersionNotFound extends RuntimeException {

	public PublishedVersionNotFound(int number) {
		super("No published version v" + number);
	}

}

package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.NotFound;

/** No published version with that number for this city (404). */
public class PublishedVersionNotFound extends NotFound {

	public PublishedVersionNotFound(int number) {
		super("No published version v" + number);
	}

}

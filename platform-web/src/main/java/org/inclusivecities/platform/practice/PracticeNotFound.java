package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.refusal.NotFound;


/** No such practice, or not one the asker may see: 404 either way. */
public class PracticeNotFound extends NotFound {

	public PracticeNotFound() {
		super("Not found");
	}

}

package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.refusal.NotFound;

/** The city has no adoption of this practice (404): another city's adoption is as unknown as none. */
public class AdoptionNotFound extends NotFound {

	public AdoptionNotFound() {
		super("No such adoption in this city");
	}

}

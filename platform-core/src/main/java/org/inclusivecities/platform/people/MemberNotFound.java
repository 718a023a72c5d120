package org.inclusivecities.platform.people;

import org.inclusivecities.platform.refusal.NotFound;

/** No member with that id in this city (maps to 404, whether the person exists elsewhere or not). */
public class MemberNotFound extends NotFound {

	public MemberNotFound() {
		super("No such member in this city");
	}

}

package org.inclusivecities.platform.tenancy;

import org.inclusivecities.platform.refusal.NotFound;

/** The city does not exist or the person is not a member (or lacks the role): both answer 404. */
public class NotAMember extends NotFound {

	public NotAMember() {
		super("Not found");
	}

}

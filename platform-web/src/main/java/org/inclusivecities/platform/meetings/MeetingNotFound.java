package org.inclusivecities.platform.meetings;

import org.inclusivecities.platform.refusal.NotFound;

/** No such meeting, or one another organiser announced: 404 either way. */
public class MeetingNotFound extends NotFound {

	public MeetingNotFound() {
		super("Not found");
	}

}

package org.inclusivecities.platform.meetings;

import org.inclusivecities.platform.refusal.Conflict;

/**
 * A step the meeting's state does not allow (cancelling twice, editing a cancelled or begun meeting, registering
 * for a closed one or twice): 409 with the reason.
 */
public class InvalidMeetingTransition extends Conflict {

	InvalidMeetingTransition(String message, String reasonKey) {
		super(message, reasonKey);
	}

}

package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.refusal.Conflict;


/** A moderation step that the practice's current state does not allow (409). */
public class InvalidPracticeTransition extends Conflict {

	public InvalidPracticeTransition(String message) {
		super(message, "refusal.practice.transition");
	}

}

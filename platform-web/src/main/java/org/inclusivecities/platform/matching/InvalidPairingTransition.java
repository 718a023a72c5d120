package org.inclusivecities.platform.matching;

import org.inclusivecities.platform.refusal.Conflict;

/** A step the pairing's state does not allow (answering twice, showing one not accepted, asking again): 409. */
public class InvalidPairingTransition extends Conflict {

	public InvalidPairingTransition(String message, String reasonKey) {
		super(message, reasonKey);
	}

}

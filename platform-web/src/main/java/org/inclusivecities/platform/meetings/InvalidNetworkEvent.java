package org.inclusivecities.platform.meetings;

import org.inclusivecities.platform.refusal.Invalid;

/** A network event with a value the network does not accept, on the named field. */
public class InvalidNetworkEvent extends Invalid {

	InvalidNetworkEvent(String field, String messageKey) {
		super("network event field " + field + " is not acceptable", field, messageKey);
	}

}

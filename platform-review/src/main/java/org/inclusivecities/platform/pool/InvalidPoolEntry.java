package org.inclusivecities.platform.pool;

import org.inclusivecities.platform.refusal.Invalid;

/** A nomination, conflict or tie that cannot be accepted; the message is a message key. */
public class InvalidPoolEntry extends Invalid {

	public InvalidPoolEntry(String messageKey) {
		super(messageKey, null, "pool.error." + messageKey);
	}

}

package org.inclusivecities.platform.pool;

/** A nomination, conflict or tie that cannot be accepted; the message is a message key. */
public class InvalidPoolEntry extends RuntimeException {

	public InvalidPoolEntry(String messageKey) {
		super(messageKey);
	}

}

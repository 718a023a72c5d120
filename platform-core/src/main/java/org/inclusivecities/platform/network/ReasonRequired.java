package org.inclusivecities.platform.network;

import org.inclusivecities.platform.refusal.Invalid;

/** A suspension, merge or removal without a reason (400 on the reason field). */
public class ReasonRequired extends Invalid {

	public ReasonRequired() {
		super("A reason is required", "reason", "network.error.reason");
	}

}

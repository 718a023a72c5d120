package org.inclusivecities.platform.matching;

import org.inclusivecities.platform.refusal.NotFound;

/** No such pairing, or one of two other cities: 404 either way. */
public class PairingNotFound extends NotFound {

	public PairingNotFound() {
		super("Not found");
	}

}

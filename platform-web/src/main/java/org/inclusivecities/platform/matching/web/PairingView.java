package org.inclusivecities.platform.matching.web;

import org.inclusivecities.platform.matching.Pairing;
import org.inclusivecities.platform.matching.PairingStatus;

/** A pairing as one of its two cities sees it: the other city, whether this one mentors, what waits for it. */
public record PairingView(Pairing pairing, String otherName, String otherSlug, boolean mentor, boolean waiting,
		boolean askedByUs, boolean shownByUs) {

	public String id() {
		return pairing.getId();
	}

	public PairingStatus status() {
		return pairing.getStatus();
	}

}

package org.inclusivecities.platform.matching.web;

import java.util.List;

import org.inclusivecities.platform.matching.Pairing;
import org.inclusivecities.platform.matching.PairingStatus;

/**
 * A pairing as one of its two cities sees it: the other city (and its languages, those of what its people wrote in
 * the pairing), whether this one mentors, what waits for it.
 */
public record PairingView(Pairing pairing, String otherName, String otherSlug, List<String> otherLanguages,
		boolean mentor, boolean waiting, boolean askedByUs, boolean shownByUs) {

	public PairingView {
		otherLanguages = otherLanguages == null ? List.of() : List.copyOf(otherLanguages);
	}

	public String id() {
		return pairing.getId();
	}

	public PairingStatus status() {
		return pairing.getStatus();
	}

}

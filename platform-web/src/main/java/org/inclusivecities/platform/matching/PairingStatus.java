package org.inclusivecities.platform.matching;

/** Where a peer-learning pairing stands: asked, then accepted or declined by the asked city. */
public enum PairingStatus {
	REQUESTED, ACCEPTED, DECLINED;

	/** Open pairings (asked or accepted): at most one between the same two cities. */
	public boolean open() {
		return this != DECLINED;
	}
}

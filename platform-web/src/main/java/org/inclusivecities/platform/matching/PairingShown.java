package org.inclusivecities.platform.matching;

import org.inclusivecities.platform.changefeed.PublicChange;

/** One of the two cities chose whether an accepted pairing shows on the public profiles (both must). */
public record PairingShown(String pairingId) implements PublicChange {
}

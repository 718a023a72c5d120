package org.inclusivecities.platform.matching;

/** A city asked another for a peer-learning pairing; the asked city's admins are mailed. */
public record PairingAsked(String pairingId) {
}

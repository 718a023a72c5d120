package org.inclusivecities.platform.matching;

/** The asked city accepted or declined a pairing; the asker is mailed. */
public record PairingAnswered(String pairingId, PairingStatus status) {
}

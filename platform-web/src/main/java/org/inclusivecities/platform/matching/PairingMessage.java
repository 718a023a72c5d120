package org.inclusivecities.platform.matching;

import java.time.Instant;

/** A message of a pairing's private thread: which of the two cities wrote it, who, what and when. */
public record PairingMessage(String cityId, String personName, String text, Instant at) {
}

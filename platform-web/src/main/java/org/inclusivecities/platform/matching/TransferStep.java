package org.inclusivecities.platform.matching;

import java.time.LocalDate;

/**
 * A step of a pairing's shared transfer plan, after URBACT's transfer method: understand the practice, adapt it to
 * the learning city, re-use it; what is to be done, by when, and the practice concerned (the pairing's own, if any).
 */
public record TransferStep(TransferPhase phase, String what, LocalDate dueBy, String cityId) {
}

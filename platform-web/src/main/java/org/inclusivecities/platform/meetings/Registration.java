package org.inclusivecities.platform.meetings;

import java.time.Instant;

/** A signed-in person's place at a meeting (a seat or on the waiting list): who, and since when. */
public record Registration(String personId, String name, Instant registeredAt) {
}

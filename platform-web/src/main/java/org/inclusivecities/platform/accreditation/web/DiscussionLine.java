package org.inclusivecities.platform.accreditation.web;

import java.time.Instant;

/** One message of a request's discussion as a page shows it: who (in the reader's words), when, what. */
public record DiscussionLine(String author, String text, Instant at) {
}

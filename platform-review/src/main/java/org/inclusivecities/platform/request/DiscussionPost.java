package org.inclusivecities.platform.request;

import java.time.Instant;

/**
 * One message in a request's discussion, private to the round's reviewers and the secretariat: never part of what
 * the reviewed city sees. {@code bySecretariat} tells the secretariat's messages from reviewers'.
 */
public record DiscussionPost(int round, String authorId, boolean bySecretariat, String text, Instant at) {

	/** The longest message kept. */
	public static final int MAX_TEXT = 4000;

}

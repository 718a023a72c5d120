package org.inclusivecities.platform.plan;

/** Who to reach, with what message, through which channel, by whom and when. */
public record CommunicationRow(String audience, String message, String channel, String owner, String timing) {

	public CommunicationRow {
		audience = Texts.required("audience", audience, Texts.SHORT);
		message = Texts.required("message", message, Texts.LONG);
		channel = Texts.required("channel", channel, Texts.SHORT);
		owner = Texts.clean("owner", owner, Texts.SHORT);
		timing = Texts.clean("timing", timing, Texts.SHORT);
	}

}

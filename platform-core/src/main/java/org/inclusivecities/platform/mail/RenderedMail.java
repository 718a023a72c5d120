package org.inclusivecities.platform.mail;

/** A mail ready to send: subject, plain text and (optional) HTML. */
public record RenderedMail(String subject, String text, String html) {
}

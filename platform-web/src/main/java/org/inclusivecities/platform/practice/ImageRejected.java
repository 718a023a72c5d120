package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.refusal.Invalid;

import org.springframework.http.HttpStatus;

/** An upload that is not an acceptable image, with the status and message key that say why. */
public class ImageRejected extends Invalid {

	public enum Reason {

		MISSING(HttpStatus.BAD_REQUEST), ALT_MISSING(HttpStatus.BAD_REQUEST), TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
		TOO_MANY_PIXELS(HttpStatus.UNPROCESSABLE_CONTENT), NOT_AN_IMAGE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
		UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		public HttpStatus status() {
			return status;
		}

		public String messageKey() {
			return "practice.image.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	public ImageRejected(Reason reason) {
		super(reason.name(), reason == Reason.ALT_MISSING ? "alt" : "file", reason.messageKey());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}

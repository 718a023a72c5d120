package org.inclusivecities.platform.layout;

import java.util.Locale;

/** Recognises Tomcat's refusal of a multipart body over the configured size limits, whatever wraps it. */
public final class UploadLimits {

	private UploadLimits() {
	}

	public static boolean exceeded(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("exceeds") || cause.getClass().getSimpleName().contains("SizeLimit")
					|| cause.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

}

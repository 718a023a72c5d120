package org.inclusivecities.platform.plan;

/** Trims free text and refuses what is too long to be a plan entry. */
public final class Texts {

	public static final int SHORT = 200;

	public static final int LONG = 5000;

	private Texts() {
	}

	public static String clean(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip().replace("\r\n", "\n");
		if (stripped.length() > max) {
			throw new InvalidPlanContent(field, "plan.error.tooLong", String.valueOf(max));
		}
		return stripped;
	}

	public static String required(String field, String value, int max) {
		String cleaned = clean(field, value, max);
		if (cleaned == null) {
			throw new InvalidPlanContent(field, "plan.error.required");
		}
		return cleaned;
	}

}

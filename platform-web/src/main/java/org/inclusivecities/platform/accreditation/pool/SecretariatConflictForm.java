package org.inclusivecities.platform.accreditation.pool;

/** A conflict the secretariat records: which nomination, with which city, the kind and the reason in words. */
record SecretariatConflictForm(String nomination, String conflictCity, String conflictKind, String reason) {

	static final int MAX_REASON = 500;

	static SecretariatConflictForm empty() {
		return new SecretariatConflictForm("", "", "", "");
	}

}

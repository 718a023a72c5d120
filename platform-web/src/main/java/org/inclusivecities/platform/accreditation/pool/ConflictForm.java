package org.inclusivecities.platform.accreditation.pool;

/** A conflict a reviewer declares for one of their nominations: with which city and why. */
record ConflictForm(String nominationId, String cityId, String kind) {

	static ConflictForm empty(String nominationId) {
		return new ConflictForm(nominationId, "", "");
	}

}

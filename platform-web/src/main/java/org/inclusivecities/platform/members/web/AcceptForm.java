package org.inclusivecities.platform.members.web;

/**
 * What a new person chooses when accepting an invitation (checked by hand: someone who already has an
 * account submits none of it).
 */
record AcceptForm(String displayName, String password, String confirmPassword) {

	static final int MAX_NAME = 120;

}

package org.inclusivecities.platform.security.web;

/** A new password, typed twice. Checked against the password policy by the controller. */
record NewPasswordForm(String password, String confirmation) {
}

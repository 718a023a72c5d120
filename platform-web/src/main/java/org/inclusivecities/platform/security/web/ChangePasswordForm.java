package org.inclusivecities.platform.security.web;

/** Changing one's own password: the current one (when there is one), the new one twice. */
record ChangePasswordForm(String currentPassword, String password, String confirmation) {
}

package org.inclusivecities.platform.meetings;

/**
 * A mail about to go to a registrant: their registration, the secret key that mail carries (for the personal
 * calendar file and the cancel link) and whether they have a seat (only then does the mail give the online link).
 */
public record Notice(Registration registration, String key, boolean seated) {
}

package org.inclusivecities.platform.accreditation.web;

import java.time.LocalDate;

/** What the public may see of an accreditation: the city, the outcome, the validity and the code. */
record Certificate(String code, String cityName, String citySlug, String outcome, LocalDate validUntil, boolean valid) {

}

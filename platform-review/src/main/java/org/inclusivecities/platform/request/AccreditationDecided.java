package org.inclusivecities.platform.request;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/** The secretariat decided a city's accreditation request: its accredited badge may have changed. */
public record AccreditationDecided(String cityId, String requestId) implements ChangeOfCity {
}

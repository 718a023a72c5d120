package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/**
 * A council member's consent to be named was recorded or withdrawn: every public representation of the city's plan
 * (profile, API, PDF, feeds), on every instance, shows the name or stops showing it.
 */
public record CouncilConsentChanged(String cityId) implements ChangeOfCity {
}

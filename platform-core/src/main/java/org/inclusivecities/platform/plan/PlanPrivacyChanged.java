package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/** A city changed what of its plan the public sees: its profile, API, PDF and calendar show the new choice. */
public record PlanPrivacyChanged(String cityId) implements ChangeOfCity {
}

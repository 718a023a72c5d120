package org.inclusivecities.platform.plan.monitoring;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/**
 * A city's indicators, measurements or yearly reports changed: what its public profile shows of its monitoring (the
 * indicator chart, the on-hold badge) may differ.
 */
public record MonitoringChanged(String cityId) implements ChangeOfCity {
}

package org.inclusivecities.platform.plan;

import java.util.Set;

/** Which aims of a city have at least one indicator with a baseline. Implemented by monitoring. */
public interface MonitoredAims {

	Set<Aim> withBaseline(String cityId);

}

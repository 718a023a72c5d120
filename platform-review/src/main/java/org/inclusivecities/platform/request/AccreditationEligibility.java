package org.inclusivecities.platform.request;

import java.util.List;

/**
 * Port: whether a city may ask for accreditation now. The web module implements it with the action plan's
 * readiness check; review only asks. An empty list means ready; otherwise the missing items (message keys).
 */
public interface AccreditationEligibility {

	List<String> missingItems(String cityId);

}

package org.inclusivecities.platform.network;

import org.inclusivecities.platform.refusal.Conflict;

/** The duplicate owns content (plan, practices, accreditation, ...) that cannot be moved safely (409). */
public class CityHoldsContent extends Conflict {

	public CityHoldsContent(String slug, String sections) {
		super("City " + slug + " holds content: " + sections, "network.refusal.content", sections);
	}

}

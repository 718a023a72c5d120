package org.inclusivecities.platform.network;

import org.inclusivecities.platform.refusal.Conflict;

/** A merge the secretariat cannot make: into the city itself, or into a city that is not a member (409). */
public class MergeRefused extends Conflict {

	public MergeRefused(String slug, String survivorSlug) {
		super("City " + slug + " cannot be merged into " + survivorSlug, "network.refusal.merge", survivorSlug);
	}

}

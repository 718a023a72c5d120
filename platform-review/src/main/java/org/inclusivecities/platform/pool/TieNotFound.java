package org.inclusivecities.platform.pool;

import org.inclusivecities.platform.refusal.NotFound;

/** The city declared no tie with this id (or the tie is another city's). */
public class TieNotFound extends NotFound {

	public TieNotFound(String tieId) {
		super("No tie " + tieId);
	}

}

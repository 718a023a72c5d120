package org.inclusivecities.platform.pool;

/** The city declared no tie with this id (or the tie is another city's). */
public class TieNotFound extends RuntimeException {

	public TieNotFound(String tieId) {
		super("No tie " + tieId);
	}

}

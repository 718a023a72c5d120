package org.inclusivecities.platform.pool;

/** The actor may not make this change (e.g. declaring a conflict for another reviewer). */
public class NotAllowed extends RuntimeException {

	public NotAllowed(String what) {
		super(what);
	}

}

package org.inclusivecities.platform.pool;

import org.inclusivecities.platform.refusal.Forbidden;

/** The actor may not make this change (e.g. declaring a conflict for another reviewer). */
public class NotAllowed extends Forbidden {

	public NotAllowed(String what) {
		super(what);
	}

}

package org.inclusivecities.platform.request;

import org.inclusivecities.platform.refusal.NotFound;

/** No such evidence file for this asker: not in the request's snapshot, or the asker may not see the request. */
public class EvidenceNotFound extends NotFound {

	public EvidenceNotFound(String fileId) {
		super("No evidence file " + fileId);
	}

}

package org.inclusivecities.platform.request;

import java.util.EnumSet;
import java.util.Set;

/** Where an accreditation request is in its life. */
public enum RequestStatus {

	/** Submitted (or appealed): waiting for the secretariat to route reviewers. */
	AWAITING_REVIEWERS,
	/** Routing proposed reviewers; the secretariat may swap them before confirming. */
	PROPOSED,
	/** Reviewers invited; reviews under way. */
	IN_REVIEW,
	/** Every reviewer submitted; waiting for the secretariat's decision. */
	REVIEWED,
	/** Decided; see the decision (accredited, with conditions, or not yet). */
	DECIDED,
	/** Withdrawn by the city or the secretariat before a decision. */
	WITHDRAWN;

	/** Submitted and not yet decided or withdrawn: a city has at most one such request. */
	public boolean open() {
		return this != DECIDED && this != WITHDRAWN;
	}

	Set<RequestStatus> next() {
		return switch (this) {
			case AWAITING_REVIEWERS -> EnumSet.of(PROPOSED, WITHDRAWN);
			case PROPOSED -> EnumSet.of(PROPOSED, IN_REVIEW, AWAITING_REVIEWERS, WITHDRAWN);
			case IN_REVIEW -> EnumSet.of(REVIEWED, WITHDRAWN);
			case REVIEWED -> EnumSet.of(DECIDED, IN_REVIEW, WITHDRAWN);
			case DECIDED -> EnumSet.of(AWAITING_REVIEWERS);
			case WITHDRAWN -> EnumSet.noneOf(RequestStatus.class);
		};
	}

}

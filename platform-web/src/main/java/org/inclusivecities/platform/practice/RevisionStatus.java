package org.inclusivecities.platform.practice;

/** Where one revision of a practice stands in moderation. */
public enum RevisionStatus {

	DRAFT, SUBMITTED, PUBLISHED, RETURNED, SUPERSEDED, WITHDRAWN

}

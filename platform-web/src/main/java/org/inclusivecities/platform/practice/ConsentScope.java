package org.inclusivecities.platform.practice;

/** How the author of a story of recovery agreed to be shown. */
public enum ConsentScope {

	NAMED, PSEUDONYMOUS, ANONYMOUS

}

package org.inclusivecities.platform.scoring;

/** The rubric mirrors the charter's steps: what a reviewer scores, each from 1 to 5 with evidence. */
public enum Criterion {

	/** An Inclusive Cities council brought together, with people in recovery in it. */
	COUNCIL,
	/** A mission worked out with policy, science, practice and people in recovery. */
	MISSION,
	/** Local activities that make recovery visible and celebrate it (at least two a year). */
	ACTIVITIES,
	/** A communication plan: audiences, messages, channels. */
	COMMUNICATION,
	/** Monitoring and evaluation set up from the start, with indicators. */
	MONITORING,
	/** Sharing and peer engagement with the international community, reviewing other cities. */
	SHARING

}

package org.inclusivecities.platform.meetings;

/** What kind of gathering a network event is (labels: {@code meetings.kind.<NAME>}). */
public enum EventKind {

	NATIONAL_MEETING, REGIONAL_MEETING, WEBINAR, STUDY_VISIT, REBUBBELEN, KICK_OFF

}

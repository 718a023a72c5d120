package org.inclusivecities.platform.meetings;

import org.inclusivecities.platform.changefeed.PublicChange;

/**
 * A meeting's public view changed: announced, changed, cancelled, its registration closed or opened, a place taken or
 * given up (the places left are public). The page caches forget the pages showing it.
 */
public record MeetingChanged(String meetingId) implements PublicChange {
}

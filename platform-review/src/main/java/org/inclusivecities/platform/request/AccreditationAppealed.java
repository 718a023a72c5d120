package org.inclusivecities.platform.request;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/** The city appealed a decision: its certificate is suspended, its accredited badge gone until the new decision. */
public record AccreditationAppealed(String cityId, String requestId) implements ChangeOfCity {
}

package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.changefeed.PublicChange;

/** A city published version {@code number} of its action plan: its public profile and calendar show it. */
public record PlanPublished(String cityId, int number) implements PublicChange {
}

package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/** A city published version {@code number} of its action plan: its public profile and calendar show it. */
public record PlanPublished(String cityId, int number) implements ChangeOfCity {
}

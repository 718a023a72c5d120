package org.inclusivecities.platform.changefeed;

/**
 * A {@link PublicChange} about one city's public face (its profile, plan, monitoring or accreditation): read models
 * that keep something per city (the directory's milestones) read that city again, whichever feature changed it.
 */
public interface ChangeOfCity extends PublicChange {

	String cityId();

}

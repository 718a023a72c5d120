package org.inclusivecities.platform.city;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Milestones of the charter a feature judges (council formed, plan published, accredited...), contributed as a
 * bean, like {@link CityBadges}. The public directory shows every registered milestone on each profile, in
 * {@link Milestone#order()}, and offers each as a filter; it never names one. A contribution judges only from what
 * the public may know of the city (its published plan as the public sees it, never a draft) and reveals nothing
 * but whether the milestone is reached.
 */
public interface CityMilestones {

	/** The milestones this feature judges. */
	List<Milestone> milestones();

	/** Which of its milestones the city has reached today. */
	Progress progressOf(String cityId, LocalDate today);

	/** The progress of each of these cities; a contribution may answer many at once with fewer reads. */
	default Map<String, Progress> progressOf(Collection<String> cityIds, LocalDate today) {
		Map<String, Progress> progress = new LinkedHashMap<>();
		cityIds.forEach(id -> progress.put(id, progressOf(id, today)));
		return progress;
	}

	/**
	 * A milestone: its key in URLs and open data (lower-case letters, digits and hyphens), its place among all
	 * registered milestones (lower first) and the message key of its label, in the contributing feature's bundle.
	 */
	record Milestone(String key, int order, String labelCode) {
	}

	/**
	 * The keys of the milestones reached, and the first day on which the answer may change with time alone (a
	 * calendar year ending, a certificate expiring), or null when only a change of the city's data changes it.
	 */
	record Progress(Set<String> reached, LocalDate recheckOn) {

		public static final Progress NONE = new Progress(Set.of(), null);

		public Progress {
			reached = Set.copyOf(reached);
		}

		/** The earlier of two recheck days (null: never). */
		public static LocalDate earlier(LocalDate a, LocalDate b) {
			return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
		}

	}

}

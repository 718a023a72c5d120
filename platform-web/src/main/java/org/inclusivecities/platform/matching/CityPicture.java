package org.inclusivecities.platform.matching;

import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.directory.PopulationBand;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Sector;

/**
 * What the matchcentrum knows of a listed city, all of it public: its directory entry (country, languages, size), the
 * sectors of its published baseline with a gap or with something existing, its published practices, its public
 * activities, how many public indicators it monitors and how many plan versions it published.
 */
record CityPicture(String cityId, String slug, String name, String country, Set<String> languages,
		PopulationBand band, Set<Sector> gaps, Set<Sector> existing, List<PracticeRef> practices,
		List<ActivityRef> activities, int indicators, int planVersions) {

	CityPicture {
		languages = Set.copyOf(languages);
		gaps = Set.copyOf(gaps);
		existing = Set.copyOf(existing);
		practices = List.copyOf(practices);
		activities = List.copyOf(activities);
	}

	/** Sectors the city's baseline names at all (with a gap or with what exists). */
	Set<Sector> baselineSectors() {
		java.util.EnumSet<Sector> all = java.util.EnumSet.noneOf(Sector.class);
		all.addAll(gaps);
		all.addAll(existing);
		return all;
	}

	/** A published practice of the city: its id, title and the sectors it names. */
	record PracticeRef(String id, String title, Set<Sector> sectors) {

		PracticeRef {
			sectors = Set.copyOf(sectors);
		}

	}

	/** A public activity of the city's published plan. */
	record ActivityRef(String title, ActivityType type) {
	}

}

package org.inclusivecities.platform.join;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.inclusivecities.platform.city.CityNames;
import org.inclusivecities.platform.city.Coordinates;

/**
 * The one rule for "this application is likely a city we already have". Two cities are likely the same when any of
 * these holds (each is a {@link DuplicateReason}):
 * <ul>
 * <li><b>same name</b>: their {@link #comparableName comparable names} are equal and their countries are equal;</li>
 * <li><b>nearby</b>: both have a map position and they lie within {@value #NEARBY_KM} km (great-circle distance);</li>
 * <li><b>same contact</b>: the applicant's contact address is one of the other city's contact addresses (its
 * applications' contacts and its city administrators), compared without case or surrounding spaces.</li>
 * </ul>
 * A pure function of its inputs: {@link LikelyDuplicates} gathers the other cities and their contacts.
 */
public final class DuplicateRule {

	/** Two city centres closer than this are the same place for the purpose of a warning. */
	public static final double NEARBY_KM = 5.0;

	private static final double EARTH_RADIUS_KM = 6371.0;

	/** Words that name the kind of place, not the place: "Stad Gent", "City of Leuven", "Gemeente Utrecht". */
	private static final List<String> PREFIXES = List.of("city of ", "town of ", "municipality of ", "stad ",
			"gemeente ", "stadt ", "ville de ", "ville d ", "citta di ", "ciudad de ", "cidade de ", "miasto ");

	private static final List<String> SUFFIXES = List.of(" city", " stad");

	private DuplicateRule() {
	}

	/** A city as the rule sees it. */
	public record Candidate(String name, String country, Coordinates coordinates, Set<String> contactEmails) {

		public Candidate {
			contactEmails = contactEmails == null ? Set.of()
					: contactEmails.stream().map(DuplicateRule::normaliseEmail).collect(java.util.stream.Collectors.toUnmodifiableSet());
		}

	}

	/** The reasons the applicant looks like the existing city; empty when it does not. */
	public static Set<DuplicateReason> reasons(Candidate applicant, Candidate existing) {
		EnumSet<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
		String name = comparableName(applicant.name());
		if (!name.isEmpty() && name.equals(comparableName(existing.name())) && applicant.country() != null
				&& applicant.country().equalsIgnoreCase(String.valueOf(existing.country()))) {
			reasons.add(DuplicateReason.SAME_NAME);
		}
		if (applicant.coordinates() != null && existing.coordinates() != null
				&& distanceKm(applicant.coordinates(), existing.coordinates()) <= NEARBY_KM) {
			reasons.add(DuplicateReason.NEARBY);
		}
		if (applicant.contactEmails().stream().anyMatch(existing.contactEmails()::contains)) {
			reasons.add(DuplicateReason.SAME_CONTACT);
		}
		return reasons;
	}

	/** The name folded ({@link CityNames#fold}) without the words that name the kind of place. */
	public static String comparableName(String name) {
		String folded = CityNames.fold(name);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String prefix : PREFIXES) {
				if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
					folded = folded.substring(prefix.length()).strip();
					changed = true;
				}
			}
			for (String suffix : SUFFIXES) {
				if (folded.endsWith(suffix) && folded.length() > suffix.length()) {
					folded = folded.substring(0, folded.length() - suffix.length()).strip();
					changed = true;
				}
			}
		}
		return folded;
	}

	/** Great-circle (haversine) distance in kilometres. */
	public static double distanceKm(Coordinates a, Coordinates b) {
		double lat1 = Math.toRadians(a.latitude());
		double lat2 = Math.toRadians(b.latitude());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	static String normaliseEmail(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}

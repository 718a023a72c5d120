package org.inclusivecities.platform.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityBadges;
import org.inclusivecities.platform.city.CityStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The status filters of the directory: the listed statuses (member, suspended) plus one per {@link CityBadges}
 * bean other modules register (accredited, on hold...). Nothing here names a badge.
 */
@Component
public class StatusFilters {

	private static final Map<String, CityStatus> BUILT_IN = Map.of("member", CityStatus.MEMBER, "suspended",
			CityStatus.SUSPENDED);

	private final ObjectProvider<CityBadges> badges;

	StatusFilters(ObjectProvider<CityBadges> badges) {
		this.badges = badges;
	}

	/** A filter choice: its URL value and the message key of its label. */
	public record Option(String key, String labelCode) {
	}

	public List<Option> options() {
		List<Option> options = new ArrayList<>(List.of(new Option("member", "directory.status.member"),
				new Option("suspended", "directory.status.suspended")));
		badges.orderedStream().forEach(b -> options.add(new Option(b.key(), b.labelCode())));
		return options;
	}

	public boolean exists(String key) {
		return options().stream().anyMatch(o -> o.key().equals(key));
	}

	/** A badge on a city's profile: its label, and until when and where to verify it when the badge says so. */
	public record ShownBadge(String key, String labelCode, LocalDate validUntil, String verificationPath) {
	}

	/** The badges this city carries now. */
	public List<ShownBadge> badgesOf(City city) {
		return badges.orderedStream()
			.flatMap(b -> b.awardOf(city.getId())
				.map(a -> new ShownBadge(b.key(), b.labelCode(), a.validUntil(), a.verificationPath()))
				.stream())
			.toList();
	}

	/** Keys of the badges of each city id given, read once per badge. */
	public Map<String, List<String>> badgeKeys(Set<String> cityIds) {
		Map<String, List<String>> keys = new java.util.HashMap<>();
		badges.orderedStream().forEach(b -> {
			Set<String> holders = b.cityIds();
			cityIds.stream().filter(holders::contains)
				.forEach(id -> keys.computeIfAbsent(id, x -> new ArrayList<>()).add(b.key()));
		});
		return keys;
	}

	/** The test of a filter key (all pass without one); the directory applies it to listed cities only. */
	Predicate<City> predicate(String key) {
		if (key == null) {
			return ListedCities.ANY_STATUS;
		}
		CityStatus status = BUILT_IN.get(key);
		if (status != null) {
			return ListedCities.status(status);
		}
		return badges.orderedStream()
			.filter(b -> b.key().equals(key))
			.findFirst()
			.map(b -> ListedCities.holders(b.cityIds()))
			.orElse(c -> false);
	}

}

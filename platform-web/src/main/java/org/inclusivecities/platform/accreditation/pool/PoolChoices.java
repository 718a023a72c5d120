package org.inclusivecities.platform.accreditation.pool;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.directory.Countries;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.pool.ExpertiseTags;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What the reviewer-pool forms offer, named in the reader's language: languages (ISO 639-1), expertise (the plan's
 * activity types and sectors, stored as the review module's lower-case tags such as {@code recovery-cafe}), the
 * city's members holding the REVIEWER role, and the other cities of the network.
 */
@Component
class PoolChoices {

	/** The official languages of Europe's countries and a few more widely spoken in its cities. */
	static final List<String> LANGUAGES = List.of("bg", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu",
			"fi", "fr", "ga", "gd", "gl", "hr", "hu", "is", "it", "lb", "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro",
			"sk", "sl", "sq", "sr", "sv", "tr", "uk", "ar");

	private final Cities cities;

	private final CityMembers members;

	private final MessageSource messages;

	PoolChoices(Cities cities, CityMembers members, MessageSource messages) {
		this.cities = cities;
		this.members = members;
		this.messages = messages;
	}

	/** A value submitted by a form and the label the reader sees. */
	record Choice(String value, String label) {
	}

	static String tag(Enum<?> value) {
		return ExpertiseTags.of(value);
	}

	List<Choice> languages(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return LANGUAGES.stream()
			.map(code -> new Choice(code, Countries.languageName(code, locale)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}

	List<Choice> activityTypes(Locale locale) {
		return Arrays.stream(ActivityType.values())
			.map(t -> new Choice(tag(t), messages.getMessage("plan.type." + t.name(), null, locale)))
			.toList();
	}

	List<Choice> sectors(Locale locale) {
		return Arrays.stream(Sector.values())
			.map(s -> new Choice(tag(s), messages.getMessage("plan.sector." + s.name(), null, locale)))
			.toList();
	}

	/** The label of a stored language code or expertise tag (a tag the plan does not know is shown as is). */
	String label(String value, Locale locale) {
		if (LANGUAGES.contains(value)) {
			return Countries.languageName(value, locale);
		}
		List<Choice> expertise = new ArrayList<>(activityTypes(locale));
		expertise.addAll(sectors(locale));
		return expertise.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
	}

	List<String> labels(Set<String> values, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return values.stream().map(v -> label(v, locale)).sorted(collator).toList();
	}

	/** The members of the city who hold the REVIEWER role there, by name. */
	List<Person> reviewers(String cityId) {
		return members.members(cityId).stream().filter(p -> p.hasRole(cityId, Role.REVIEWER)).toList();
	}

	/** The cities of the network (members and suspended members) other than this one, by name. */
	List<City> otherCities(String cityId) {
		return cities.findAllByStatusIn(CityStatus.LISTED, Pageable.unpaged())
			.stream()
			.filter(c -> !c.getId().equals(cityId))
			.sorted(Comparator.comparing(City::getName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	Optional<City> otherCity(String cityId, String otherCityId) {
		return otherCities(cityId).stream().filter(c -> c.getId().equals(otherCityId)).findFirst();
	}

	static <E extends Enum<E>> Optional<E> option(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
	}

}

package org.inclusivecities.platform.join;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The cities an application resembles by {@link DuplicateRule}: members, suspended members and cities whose
 * application is still pending. Declined, departed, merged and removed cities are not compared.
 */
@Service
public class LikelyDuplicates {

	/** The statuses of the cities an application is compared with. */
	public static final Set<CityStatus> COMPARED = EnumSet.of(CityStatus.MEMBER, CityStatus.SUSPENDED,
			CityStatus.APPLIED);

	private final Cities cities;

	private final CityApplications applications;

	private final People people;

	LikelyDuplicates(Cities cities, CityApplications applications, People people) {
		this.cities = cities;
		this.applications = applications;
		this.people = people;
	}

	/** The cities a new application with this profile and contact resembles, most reasons first. */
	public List<LikelyDuplicate> of(CityProfile profile, String contactEmail) {
		return find(profile.name(), profile.country(), profile.coordinates(), contactEmail, null);
	}

	/** The other cities the city of this application resembles. */
	public List<LikelyDuplicate> of(CityApplication application, City city) {
		return find(city.getName(), city.getCountry(), city.getCoordinates(), application.getContactEmail(),
				city.getId());
	}

	/** The other cities this city resembles, by its own data and its applications' contacts. */
	public List<LikelyDuplicate> of(City city) {
		return find(city.getName(), city.getCountry(), city.getCoordinates(), null, city.getId());
	}

	private List<LikelyDuplicate> find(String name, String country, Coordinates at,
			String contactEmail, String excludedCityId) {
		Set<String> sameContact = contactEmail == null ? Set.of() : citiesWithContact(contactEmail);
		DuplicateRule.Candidate applicant = new DuplicateRule.Candidate(name, country, at,
				contactEmail == null ? Set.of() : Set.of(contactEmail));
		return cities.findAllByStatusIn(COMPARED, Pageable.unpaged())
			.stream()
			.filter(city -> !Objects.equals(city.getId(), excludedCityId))
			.map(city -> new LikelyDuplicate(city,
					DuplicateRule.reasons(applicant, new DuplicateRule.Candidate(city.getName(), city.getCountry(),
							city.getCoordinates(), sameContact.contains(city.getId()) ? Set.of(contactEmail) : Set.of()))))
			.filter(duplicate -> !duplicate.reasons().isEmpty())
			.sorted(Comparator.comparingInt((LikelyDuplicate d) -> -d.reasons().size())
				.thenComparing(d -> d.city().getName()))
			.toList();
	}

	/** The cities whose application named this contact, or where this person is a city administrator. */
	private Set<String> citiesWithContact(String email) {
		String normalised = Person.normalise(email);
		Set<String> ids = new HashSet<>();
		applications.findAllByContactEmail(normalised).forEach(a -> ids.add(a.getCityId()));
		people.findByEmail(normalised)
			.ifPresent(person -> person.getMemberships()
				.stream()
				.filter(m -> m.has(Role.CITY_ADMIN))
				.map(Membership::cityId)
				.forEach(ids::add));
		return ids;
	}

}

package org.inclusivecities.platform.network;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.TenantData;
import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The secretariat's changes to a city's membership of the network. Each loads the city afresh, refuses what the
 * lifecycle forbids ({@code InvalidCityTransition}, 409) before anything is written, and records who, when and why in
 * the city's history; the directory, map, open data and sitemap follow through the city's change events.
 * <p>
 * A merge or a removal is only for a duplicate record: members and open invitations move (merge) or end (removal),
 * but anything else the record owns, as every feature declares it through {@link TenantData}, is content that
 * cannot be moved safely, and the change is refused with {@link CityHoldsContent}.
 */
@Service
public class CityManagement {

	private static final Logger log = LoggerFactory.getLogger(CityManagement.class);

	/**
	 * Tenant data a merge handles itself (members, invitations and their history) or that stays with the duplicate's
	 * record as its history (the city document, its applications and their charters).
	 */
	static final Set<String> NOT_CONTENT = Set.of("cities", "cityApplications", "charters", "members", "invitations",
			"membershipChanges");

	private final Cities cities;

	private final CityMembers members;

	private final ObjectProvider<TenantData> tenantData;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CityManagement(Cities cities, CityMembers members, ObjectProvider<TenantData> tenantData, Mailer mailer,
			ApplicationEventPublisher events, Clock clock) {
		this.cities = cities;
		this.members = members;
		this.tenantData = tenantData;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	public City get(String slug) {
		return cities.findBySlug(slug).orElseThrow(() -> new CityNotFound(slug));
	}

	/** Suspends a member city; its administrators are told why by mail. */
	public City suspend(String slug, String actorId, String reason) {
		String why = required(reason);
		City city = get(slug);
		city.moveTo(CityStatus.SUSPENDED, clock.instant(), actorId, why);
		City saved = cities.save(city);
		tellAdmins(saved, "city-suspended", why);
		log.info("City {} suspended", saved.getSlug());
		return saved;
	}

	/** Makes a suspended city a member again; its administrators are told by mail. */
	public City reinstate(String slug, String actorId) {
		City city = get(slug);
		if (city.getStatus() != CityStatus.SUSPENDED) {
			throw new org.inclusivecities.platform.city.InvalidCityTransition(slug, city.getStatus(), CityStatus.MEMBER);
		}
		city.moveTo(CityStatus.MEMBER, clock.instant(), actorId, null);
		City saved = cities.save(city);
		tellAdmins(saved, "city-reinstated", null);
		log.info("City {} reinstated", saved.getSlug());
		return saved;
	}

	/** What this city owns beyond members, invitations and its own record: the reasons it cannot be merged or removed. */
	public List<String> content(City city) {
		return tenantData.orderedStream()
			.filter(data -> !NOT_CONTENT.contains(data.name()))
			.filter(data -> !data.export(city.getId()).isEmpty())
			.map(TenantData::name)
			.sorted()
			.toList();
	}

	/**
	 * Merges a duplicate record into the city it duplicates; its old address leads to the survivor's profile. Nobody
	 * gains a role in a city with administrators by a merge (a stranger's duplicate application must not make them
	 * an administrator of the real city): its administrators are mailed who of the duplicate did not join, to invite
	 * them if they belong; a survivor without administrators takes the duplicate's members with their roles (see
	 * {@link CityMembers#mergeInto}).
	 */
	public City merge(String duplicateSlug, String survivorSlug, String actorId, String reason) {
		String why = required(reason);
		City duplicate = get(duplicateSlug);
		City survivor = cities.findBySlug(survivorSlug).orElseThrow(() -> new MergeRefused(duplicateSlug, survivorSlug));
		if (survivor.getId().equals(duplicate.getId()) || !CityStatus.LISTED.contains(survivor.getStatus())) {
			throw new MergeRefused(duplicateSlug, survivorSlug);
		}
		Instant now = clock.instant();
		requireNoContent(duplicate);
		// checked on a copy first, so that a refused transition moves no member
		City check = get(duplicateSlug);
		check.mergeInto(survivor, now, actorId, why);
		List<Person> notMoved = members.mergeInto(duplicate.getId(), survivor.getId(), actorId);
		duplicate.mergeInto(survivor, now, actorId, why);
		City merged = cities.save(duplicate);
		if (!notMoved.isEmpty()) {
			tellAboutNotMoved(survivor, duplicate, notMoved);
		}
		events.publishEvent(new CityMerged(merged.getId(), survivor.getId(), actorId));
		log.info("City {} merged into {}", merged.getSlug(), survivor.getSlug());
		return merged;
	}

	/** Removes a duplicate record that holds no content: its memberships end and its open invitations close. */
	public City remove(String slug, String actorId, String reason) {
		String why = required(reason);
		City city = get(slug);
		requireNoContent(city);
		City check = get(slug);
		check.moveTo(CityStatus.REMOVED, clock.instant(), actorId, why);
		members.dismissAll(city.getId(), actorId);
		city.moveTo(CityStatus.REMOVED, clock.instant(), actorId, why);
		City removed = cities.save(city);
		events.publishEvent(new CityRemoved(removed.getId(), actorId));
		log.info("City {} removed", removed.getSlug());
		return removed;
	}

	/** The city a merged record leads to, if it is still listed. */
	public java.util.Optional<City> survivorOf(City city) {
		return cities.survivorOf(city);
	}

	private void requireNoContent(City city) {
		List<String> content = content(city);
		if (!content.isEmpty()) {
			throw new CityHoldsContent(city.getSlug(), String.join(", ", content));
		}
	}

	private void tellAboutNotMoved(City survivor, City duplicate, List<Person> notMoved) {
		List<String> names = notMoved.stream().map(p -> p.getDisplayName() + " (" + p.getEmail() + ")").toList();
		for (Person admin : members.admins(survivor.getId())) {
			mailer.send(admin.getEmail(), admin.getLanguage().locale(), "city-merged-members",
					Map.of("cityName", survivor.getName(), "duplicateName", duplicate.getName(), "personName",
							admin.getDisplayName(), "people", names, "membersPath",
							"/my/cities/" + survivor.getSlug() + "/members", "subjectArgs",
							new Object[] { survivor.getName() }));
		}
	}

	private void tellAdmins(City city, String template, String reason) {
		for (Person admin : members.admins(city.getId())) {
			Map<String, Object> model = reason == null
					? Map.of("cityName", city.getName(), "personName", admin.getDisplayName(), "subjectArgs",
							new Object[] { city.getName() })
					: Map.of("cityName", city.getName(), "personName", admin.getDisplayName(), "reason", reason,
							"subjectArgs", new Object[] { city.getName() });
			mailer.send(admin.getEmail(), admin.getLanguage().locale(), template, model);
		}
	}

	private static String required(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequired();
		}
		return reason.strip();
	}

}

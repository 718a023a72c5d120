package org.inclusivecities.platform.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityMilestones;
import org.inclusivecities.platform.city.CityStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The public directory's cross-city read model: only listed cities ({@link CityStatus#LISTED}) ever leave
 * it, whatever the filters. Served from memory ({@link DirectoryReadModel}, kept in step with MongoDB by
 * the cities' events); badges are asked of their modules on each request, so badge filters stay exact.
 */
@Component
public class MemberDirectory {

	private final DirectoryReadModel model;

	private final StatusFilters statusFilters;

	private final DirectoryMilestones milestones;

	MemberDirectory(DirectoryReadModel model, StatusFilters statusFilters, DirectoryMilestones milestones) {
		this.model = model;
		this.statusFilters = statusFilters;
		this.milestones = milestones;
	}

	/** A milestone of the charter on a profile: its key, the message key of its label, and whether it is reached. */
	public record Step(String key, String labelCode, boolean reached) {
	}

	/** Every registered milestone in order, each reached or not by this city (from memory). */
	public List<Step> stepsOf(City city) {
		Set<String> reached = milestones.reached(city.getId());
		return milestones.milestones().stream()
			.map(m -> new Step(m.key(), m.labelCode(), reached.contains(m.key())))
			.toList();
	}

	/** The milestones the directory filters on, in order. */
	public List<CityMilestones.Milestone> milestones() {
		return milestones.milestones();
	}

	/** One page of listed cities matching the query, with the total count. */
	public Page<DirectoryEntry> search(DirectoryQuery query) {
		List<City> matching = matching(query);
		int from = (int) Math.min((long) query.page() * query.size(), matching.size());
		int to = Math.min(from + query.size(), matching.size());
		return new PageImpl<>(entries(matching.subList(from, to)), PageRequest.of(query.page(), query.size()),
				matching.size());
	}

	/** Every listed city matching the filters of the query, in its order (exports). */
	public List<DirectoryEntry> all(DirectoryQuery query) {
		return entries(matching(query));
	}

	/** A listed city by slug; empty for unknown, applicant, declined or departed cities. */
	public Optional<City> find(String slug) {
		return model.listed().bySlug(slug);
	}

	public DirectoryEntry entry(City city) {
		return DirectoryEntry.of(city, statusFilters.badgeKeys(Set.of(city.getId())).getOrDefault(city.getId(), List.of()),
				reachedKeys(city, milestoneKeys()));
	}

	/** Every listed city, by name (the matchcentrum compares them). */
	public List<City> listed() {
		return model.listed().all();
	}

	/** A listed city by id; empty for unknown, applicant, declined or departed cities. */
	public Optional<City> findById(String id) {
		return model.listed().byId(id);
	}

	/** Slugs of all listed cities, by name (sitemap). */
	public List<String> listedSlugs() {
		return model.listed().slugs();
	}

	/** The countries and languages of listed cities, for the filter choices. */
	public List<String> countries() {
		return model.listed().countries();
	}

	public List<String> languages() {
		return model.listed().languages();
	}

	private List<City> matching(DirectoryQuery query) {
		Predicate<City> status = statusFilters.predicate(query.status());
		if (query.milestone() != null) {
			status = status.and(milestones.reaching(query.milestone()));
		}
		return model.listed().matching(query, status);
	}

	private List<DirectoryEntry> entries(List<City> cities) {
		Map<String, List<String>> badges = statusFilters
			.badgeKeys(cities.stream().map(City::getId).collect(Collectors.toSet()));
		List<String> order = milestoneKeys();
		return cities.stream()
			.map(c -> DirectoryEntry.of(c, badges.getOrDefault(c.getId(), List.of()), reachedKeys(c, order)))
			.toList();
	}

	private List<String> milestoneKeys() {
		return milestones.milestones().stream().map(CityMilestones.Milestone::key).toList();
	}

	/** Keys of the milestones the city reached, in the milestones' order. */
	private List<String> reachedKeys(City city, List<String> order) {
		Set<String> reached = milestones.reached(city.getId());
		return order.stream().filter(reached::contains).toList();
	}

}

package org.inclusivecities.platform.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The public directory's cross-city read model: only listed cities ({@link CityStatus#LISTED}) ever leave
 * it, whatever the filters. Its indexes are declared by {@link DirectoryIndexes}.
 */
@Component
public class MemberDirectory {

	private final MongoTemplate mongo;

	private final StatusFilters statusFilters;

	MemberDirectory(MongoTemplate mongo, StatusFilters statusFilters) {
		this.mongo = mongo;
		this.statusFilters = statusFilters;
	}

	/** One page of listed cities matching the query, with the total count. */
	public Page<DirectoryEntry> search(DirectoryQuery query) {
		Pageable pageable = PageRequest.of(query.page(), query.size(), query.sort().sort());
		Query select = select(query).with(pageable);
		List<City> cities = mongo.find(select, City.class);
		return PageableExecutionUtils.getPage(entries(cities), pageable,
				() -> mongo.count(Query.of(select).limit(-1).skip(-1), City.class));
	}

	/** Every listed city matching the filters of the query, in its order (exports). */
	public List<DirectoryEntry> all(DirectoryQuery query) {
		return entries(mongo.find(select(query).with(query.sort().sort()), City.class));
	}

	/** A listed city by slug; empty for unknown, applicant, declined or departed cities. */
	public Optional<City> find(String slug) {
		return Optional.ofNullable(
				mongo.findOne(Query.query(listed().and("slug").is(slug)), City.class));
	}

	public DirectoryEntry entry(City city) {
		return DirectoryEntry.of(city, statusFilters.badgeKeys(Set.of(city.getId())).getOrDefault(city.getId(), List.of()));
	}

	/** Slugs of all listed cities, by name (sitemap). */
	public List<String> listedSlugs() {
		Query query = Query.query(listed()).with(DirectorySort.NAME.sort());
		query.fields().include("slug");
		return mongo.find(query, City.class).stream().map(City::getSlug).toList();
	}

	/** The countries and languages of listed cities, for the filter choices. */
	public List<String> countries() {
		return distinct("country");
	}

	public List<String> languages() {
		return distinct("languages");
	}

	private List<String> distinct(String field) {
		return mongo.findDistinct(Query.query(listed()), field, City.class, String.class)
			.stream()
			.sorted()
			.toList();
	}

	private Query select(DirectoryQuery query) {
		List<Criteria> and = new ArrayList<>();
		and.add(listed());
		if (!query.text().isEmpty()) {
			// anchored on the folded word-suffixes: case/accent-insensitive word-prefix search on an index
			and.add(Criteria.where("searchKeys").regex("^" + query.text()));
		}
		if (query.country() != null) {
			and.add(Criteria.where("country").is(query.country()));
		}
		statusFilters.criteria(query.status()).ifPresent(and::add);
		if (query.population() != null) {
			and.add(Criteria.where("population").gte(query.population().from()).lt(query.population().below()));
		}
		if (query.language() != null) {
			and.add(Criteria.where("languages").is(query.language()));
		}
		return Query.query(new Criteria().andOperator(and));
	}

	private static Criteria listed() {
		return Criteria.where("status").in(CityStatus.LISTED);
	}

	private List<DirectoryEntry> entries(List<City> cities) {
		Map<String, List<String>> badges = statusFilters
			.badgeKeys(cities.stream().map(City::getId).collect(Collectors.toSet()));
		return cities.stream().map(c -> DirectoryEntry.of(c, badges.getOrDefault(c.getId(), List.of()))).toList();
	}

}

package org.inclusivecities.platform.practice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.monitoring.PublicMonitoring;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The cross-city, public read model of the library: only practices with a published revision, only what of
 * them is public. Nothing else in the code reads practices across cities for the public.
 */
@Component
public class PublishedPractices {

	private final MongoTemplate mongo;

	private final Cities cities;

	private final PublicMonitoring monitoring;

	PublishedPractices(MongoTemplate mongo, Cities cities, PublicMonitoring monitoring) {
		this.mongo = mongo;
		this.cities = cities;
		this.monitoring = monitoring;
	}

	public Optional<PublishedPractice> find(String id) {
		if (id == null || !id.matches("[0-9a-f]{24}")) {
			return Optional.empty();
		}
		Practice practice = mongo.findOne(published().addCriteria(Criteria.where("_id").is(id)), Practice.class);
		return Optional.ofNullable(practice).map(p -> view(p, cityMap(List.of(p))));
	}

	/** Published practices, most recently first published first. */
	public List<PublishedPractice> recent(int limit) {
		Query query = published().with(Sort.by(Sort.Direction.DESC, "firstPublishedAt")).limit(limit);
		return views(mongo.find(query, Practice.class));
	}

	public List<PublishedPractice> all() {
		return views(mongo.find(published().with(Sort.by("firstPublishedAt")), Practice.class));
	}

	/**
	 * Every published practice, read lazily in pages of {@code pageSize} by ascending id (keyset paging), so a
	 * large library never travels in one database reply nor sits in memory at once.
	 */
	public Iterable<PublishedPractice> allInPages(int pageSize) {
		return () -> new java.util.Iterator<>() {

			private java.util.Iterator<PublishedPractice> page = java.util.Collections.emptyIterator();

			private String lastId;

			private boolean exhausted;

			@Override
			public boolean hasNext() {
				if (!page.hasNext() && !exhausted) {
					Query query = published().with(Sort.by("_id")).limit(pageSize);
					if (lastId != null) {
						query.addCriteria(Criteria.where("_id").gt(new org.bson.types.ObjectId(lastId)));
					}
					List<PublishedPractice> next = views(mongo.find(query, Practice.class));
					exhausted = next.size() < pageSize;
					if (!next.isEmpty()) {
						lastId = next.getLast().id();
					}
					page = next.iterator();
				}
				return page.hasNext();
			}

			@Override
			public PublishedPractice next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return page.next();
			}

		};
	}

	/** Published practices of other cities that this city recorded adopting (its profile page). */
	public List<PublishedPractice> adoptedBy(String cityId) {
		List<String> ids = mongo.find(new Query(Criteria.where("cityId").is(cityId)).addCriteria(active()), Adoption.class)
			.stream()
			.map(Adoption::getPracticeId)
			.toList();
		return ids.isEmpty() ? List.of()
				: views(mongo.find(published().addCriteria(Criteria.where("_id").in(ids)).with(Sort.by("firstPublishedAt")),
						Practice.class));
	}

	/** For the published practice an image belongs to: empty unless both are public. */
	public Optional<PracticeImage> publicImage(String practiceId, String imageId) {
		return find(practiceId).flatMap(p -> p.images().stream().filter(i -> i.id().equals(imageId)).findFirst());
	}

	private static Query published() {
		return new Query(Criteria.where("publishedRevision").ne(null));
	}

	private List<PublishedPractice> views(List<Practice> practices) {
		Map<String, City> byId = cityMap(practices);
		return practices.stream().map(p -> view(p, byId)).toList();
	}

	private Map<String, City> cityMap(List<Practice> practices) {
		return cities.findAllByIdIn(practices.stream().map(Practice::getCityId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(City::getId, Function.identity()));
	}

	private PublishedPractice view(Practice practice, Map<String, City> byId) {
		City city = byId.get(practice.getCityId());
		Revision revision = practice.published().orElseThrow();
		return new PublishedPractice(practice.getId(), practice.getCityId(), city == null ? "" : city.getName(),
				city == null ? "" : city.getSlug(), city == null ? "" : city.getCountry(), revision.content(),
				practice.visibleStories(), practice.visibleImages(), practice.getFirstPublishedAt(),
				revision.decidedAt(), adopters(practice.getId()));
	}

	/** The active adoptions of the practice, the earliest first, each with what its city's public monitoring shows. */
	private List<PublishedPractice.Adopter> adopters(String practiceId) {
		List<Adoption> adoptions = mongo.find(new Query(Criteria.where("practiceId").is(practiceId)).addCriteria(active())
			.with(Sort.by("adoptedAt")), Adoption.class);
		Map<String, City> byId = cities.findAllByIdIn(adoptions.stream().map(Adoption::getCityId).toList())
			.stream()
			.collect(Collectors.toMap(City::getId, Function.identity()));
		return adoptions.stream()
			.filter(a -> byId.containsKey(a.getCityId()))
			.map(a -> new PublishedPractice.Adopter(byId.get(a.getCityId()).getName(),
					byId.get(a.getCityId()).getSlug(), a.getAdaptation(), a.getReference(), a.getAdoptedAt(),
					a.getResult(), a.getResultAsOf(), indicator(a)))
			.toList();
	}

	/** Only what the adopting city's public monitoring shows: nothing of a city that has not published its plan. */
	private PublishedPractice.IndicatorResult indicator(Adoption adoption) {
		if (adoption.getIndicatorId() == null) {
			return null;
		}
		return monitoring.indicatorsOf(adoption.getCityId())
			.stream()
			.filter(i -> i.getId().equals(adoption.getIndicatorId()))
			.findFirst()
			.map(i -> {
				Measurement latest = i.getMeasurements().isEmpty() ? null : i.getMeasurements().getLast();
				return new PublishedPractice.IndicatorResult(i.getDefinition().name(), i.getDefinition().unit(),
						latest == null ? null : latest.value(), latest == null ? null : latest.date());
			})
			.orElse(null);
	}

	private static Criteria active() {
		return Criteria.where("withdrawnAt").is(null);
	}

}

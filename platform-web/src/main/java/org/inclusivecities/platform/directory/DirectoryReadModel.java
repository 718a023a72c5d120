package org.inclusivecities.platform.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.inclusivecities.platform.changefeed.ChangesMissed;
import org.inclusivecities.platform.changefeed.PublicChange;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityChange;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.database.DatabaseStartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The listed cities held in memory ({@link ListedCities}), so the directory's filtering, sorting, counting and
 * filter choices never scan the database. Built from MongoDB at start (or on first use), then kept in step city by
 * city: every {@link CityChange} (of this instance, or of another one through the change feed) reads that city again.
 * A city is applied only when it is newer than what the model already holds (versions), so a late event never undoes
 * a newer one and a version seen again changes nothing. When changes may have been missed ({@link ChangesMissed}) the
 * model is built again.
 */
@Component
class DirectoryReadModel implements DatabaseStartupTask {

	private static final Logger log = LoggerFactory.getLogger(DirectoryReadModel.class);

	/** Cities read per database round trip when the model is built. */
	static final int PAGE = 1000;

	private final MongoTemplate mongo;

	private volatile ListedCities listed;

	/** Version of every city this model has applied, listed or not (guards against stale updates). */
	private final Map<String, Long> versions = new HashMap<>();

	DirectoryReadModel(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Warmed up once the application started (a start-up task, retried while the database is away). */
	@Override
	public boolean afterStart() {
		return true;
	}

	@Override
	public void run() {
		listed();
	}

	@EventListener
	@Order(PublicChange.READ_MODELS)
	void changed(CityChange change) {
		City city = mongo.findById(change.cityId(), City.class);
		if (city != null) {
			apply(city);
		}
	}

	@EventListener(ChangesMissed.class)
	@Order(PublicChange.READ_MODELS)
	void missed() {
		rebuild();
	}

	/** The current snapshot, built from the database the first time. */
	ListedCities listed() {
		ListedCities current = listed;
		return current != null ? current : rebuild();
	}

	/** Replaces the model by the listed cities in the database now. */
	ListedCities rebuild() {
		List<City> cities = readListed();
		ListedCities built;
		synchronized (this) {
			Map<String, City> merged = new HashMap<>();
			cities.forEach(c -> merged.put(c.getId(), c));
			// a save applied while the database was being read may be newer than what was read
			if (listed != null) {
				versions.forEach((id, version) -> {
					City read = merged.get(id);
					if (read != null && newer(version, read.getVersion())) {
						listed.byId(id).ifPresentOrElse(c -> merged.put(id, c), () -> merged.remove(id));
					}
				});
			}
			versions.clear();
			merged.values().forEach(c -> versions.put(c.getId(), c.getVersion()));
			built = ListedCities.of(merged.values());
			listed = built;
		}
		log.info("Directory read model built with {} listed cities", built.size());
		return built;
	}

	/** Applies a city as saved (any status); ignored when the model already holds a newer version. */
	void apply(City city) {
		synchronized (this) {
			if (listed == null) {
				return; // not built yet: the first build reads it from the database
			}
			Long known = versions.get(city.getId());
			if (known != null && !newer(city.getVersion(), known)) {
				return; // older, or this very version again (a change heard twice)
			}
			versions.put(city.getId(), city.getVersion());
			boolean wasListed = listed.contains(city.getId());
			boolean isListed = CityStatus.LISTED.contains(city.getStatus());
			if (!wasListed && !isListed) {
				return;
			}
			listed = listed.with(city.getId(), city);
		}
	}

	private static boolean newer(Long a, Long b) {
		return a != null && (b == null || a > b);
	}

	private List<City> readListed() {
		List<City> all = new ArrayList<>();
		ObjectId last = null;
		while (true) {
			Query page = Query.query(Criteria.where("status").in(CityStatus.LISTED)).with(Sort.by("_id")).limit(PAGE);
			if (last != null) {
				page.addCriteria(Criteria.where("_id").gt(last));
			}
			List<City> cities = mongo.find(page, City.class);
			all.addAll(cities);
			if (cities.size() < PAGE) {
				return all;
			}
			last = new ObjectId(cities.getLast().getId());
		}
	}

}

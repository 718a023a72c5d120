package org.inclusivecities.platform.directory;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.database.DatabaseStartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Cities stored before the directory's derived fields existed (folded name, search keys, member since) get
 * them once at start-up, so search and sorting never silently skip them. Idempotent; safe with several
 * instances (a city another instance just updated is left to it). Saved through {@link Cities}, so each one
 * publishes its {@code CityProfileChanged}.
 */
@Component
class DirectoryBackfill implements DatabaseStartupTask {

	private static final Logger log = LoggerFactory.getLogger(DirectoryBackfill.class);

	private final MongoTemplate mongo;

	private final Cities cities;

	DirectoryBackfill(MongoTemplate mongo, Cities cities) {
		this.mongo = mongo;
		this.cities = cities;
	}

	@Override
	public void run() {
		int updated = 0;
		for (City city : mongo.find(Query.query(Criteria.where("searchName").exists(false)), City.class)) {
			city.update(city.profile());
			try {
				cities.save(city);
				updated++;
			}
			catch (OptimisticLockingFailureException ex) {
				// changed meanwhile, and every change through City.update() sets the fields
			}
		}
		if (updated > 0) {
			log.info("Directory: added search fields to {} cities stored before they existed", updated);
		}
	}

}

package org.inclusivecities.platform.directory;

import org.inclusivecities.platform.city.City;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Cities stored before the directory's derived fields existed (folded name, search keys, member since) get
 * them once at start-up, so search and sorting never silently skip them. Idempotent; safe with several
 * instances (a city another instance just updated is left to it).
 */
@Component
class DirectoryBackfill implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DirectoryBackfill.class);

	private final MongoTemplate mongo;

	DirectoryBackfill(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int updated = 0;
		for (City city : mongo.find(Query.query(Criteria.where("searchName").exists(false)), City.class)) {
			city.update(city.profile());
			try {
				mongo.save(city);
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

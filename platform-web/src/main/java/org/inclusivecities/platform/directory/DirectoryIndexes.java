package org.inclusivecities.platform.directory;

import org.inclusivecities.platform.city.City;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The index behind {@link DirectoryFollower}'s poll: the change marker {@code updatedAt}. The directory's
 * filtering and sorting run in memory ({@link DirectoryReadModel}), so the former {@code directory_status_*}
 * indexes are no longer created (existing ones are left alone). Creation is idempotent.
 */
@Component
class DirectoryIndexes implements SmartInitializingSingleton {

	private final MongoTemplate mongo;

	DirectoryIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		IndexOperations indexes = mongo.indexOps(City.class);
		indexes.createIndex(new Index().on(DirectoryChangeStamp.FIELD, Direction.ASC).named("directory_updatedAt"));
	}

}

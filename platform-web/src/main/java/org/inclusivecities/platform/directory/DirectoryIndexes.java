package org.inclusivecities.platform.directory;

import org.inclusivecities.platform.city.City;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The indexes behind {@link MemberDirectory}'s queries, owned by the directory that needs them: every one
 * starts with the status (the "listed" filter), then the field filtered or sorted on. Creation is idempotent.
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
		for (String field : new String[] { "searchName", "searchKeys", "country", "languages", "population",
				"memberSince" }) {
			indexes.createIndex(new Index().on("status", Direction.ASC).on(field, Direction.ASC)
				.named("directory_status_" + field));
		}
	}

}

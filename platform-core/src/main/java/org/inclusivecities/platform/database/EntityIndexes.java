package org.inclusivecities.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * Every index the mapped documents declare ({@code @Indexed}, {@code @CompoundIndex}), created at each start after
 * the migrations (idempotent), exactly as Spring Data's {@code auto-index-creation} would; that option is off
 * because it runs while the beans are built and stops the start when the database is away.
 */
@Component
@Order(EntityIndexes.ORDER)
public class EntityIndexes implements DatabaseStartupTask {

	/** After the migrations ({@code 0}), before the tasks of the features. */
	public static final int ORDER = 10;

	private static final Logger log = LoggerFactory.getLogger(EntityIndexes.class);

	private final MongoTemplate mongo;

	EntityIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run() {
		log.debug("{} document indexes in place", ensure(mongo));
	}

	/** Creates the declared index of every mapped document that lacks it; returns how many are declared. */
	public static int ensure(MongoTemplate mongo) {
		var mappingContext = mongo.getConverter().getMappingContext();
		IndexResolver resolver = IndexResolver.create(mappingContext);
		int declared = 0;
		for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
			if (!entity.isAnnotationPresent(Document.class)) {
				continue;
			}
			var indexes = mongo.indexOps(entity.getType());
			for (var index : resolver.resolveIndexFor(entity.getTypeInformation())) {
				indexes.createIndex(index);
				declared++;
			}
		}
		return declared;
	}

}

package org.inclusivecities.platform.migration;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Migration 001: every index the mapped documents declare ({@code @Indexed}, {@code @CompoundIndex}), created
 * as a recorded, run-once step (the {@code mongockChangeLog} collection), exactly as Spring Data's
 * start-up index creation would. Later migrations that change an index drop or alter it in a change unit
 * of their own, with the next order number.
 */
@ChangeUnit(id = "entity-indexes", order = "001", author = "inclusive-cities")
public class EntityIndexes001 {

	private static final Logger log = LoggerFactory.getLogger(EntityIndexes001.class);

	@Execution
	public void createIndexes(MongoTemplate mongo) {
		log.info("Migration 001: {} document indexes in place", createDeclared(mongo));
	}

	/** Creates (idempotently) every index the mapped documents declare; returns how many. */
	static int createDeclared(MongoTemplate mongo) {
		var mappingContext = mongo.getConverter().getMappingContext();
		IndexResolver resolver = IndexResolver.create(mappingContext);
		int created = 0;
		for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
			if (!entity.isAnnotationPresent(Document.class)) {
				continue;
			}
			var indexes = mongo.indexOps(entity.getType());
			for (var index : resolver.resolveIndexFor(entity.getTypeInformation())) {
				indexes.createIndex(index);
				created++;
			}
		}
		return created;
	}

	/** Indexes do no harm to older versions of the application: nothing to undo. */
	@RollbackExecution
	public void keepIndexes() {
	}

}

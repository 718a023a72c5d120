package org.inclusivecities.platform.migration;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * At every start, the indexes the mapped documents declare ({@code @Indexed}, {@code @CompoundIndex}) that are not
 * there yet (an index declared after migration 001 ran), as Spring Data's start-up index creation did before Mongock
 * became the only place indexes are created. Creating an index that exists changes nothing. Indexes a feature needs
 * beyond its documents' declarations are change units of that feature ({@code mongock.migration-scan-package}).
 */
@ChangeUnit(id = "declared-indexes", order = "002", author = "inclusive-cities", runAlways = true)
public class DeclaredIndexes002 {

	private static final Logger log = LoggerFactory.getLogger(DeclaredIndexes002.class);

	@Execution
	public void createIndexes(MongoTemplate mongo) {
		log.debug("Declared document indexes in place: {}", EntityIndexes001.createDeclared(mongo));
	}

	/** Indexes do no harm to older versions of the application: nothing to undo. */
	@RollbackExecution
	public void keepIndexes() {
	}

}

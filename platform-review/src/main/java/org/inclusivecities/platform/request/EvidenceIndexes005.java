package org.inclusivecities.platform.request;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Evidence files are tenant data: their index starts with the city (then the request). */
@ChangeUnit(id = "evidence-indexes", order = "005", author = "inclusive-cities")
public class EvidenceIndexes005 {

	@Execution
	public void createIndexes(MongoTemplate mongo) {
		mongo.indexOps(EvidenceFiles.BUCKET + ".files")
			.createIndex(new Index().on("metadata.cityId", Direction.ASC)
				.on("metadata.requestId", Direction.ASC)
				.named("evidence_city_request"));
	}

	@RollbackExecution
	public void keepIndexes() {
	}

}

package org.inclusivecities.platform.request;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Evidence files are tenant data: their index starts with the city (then the request). Creation is idempotent. */
@Component
class EvidenceIndexes implements SmartInitializingSingleton {

	private final MongoTemplate mongo;

	EvidenceIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		mongo.indexOps(EvidenceFiles.BUCKET + ".files")
			.createIndex(new Index().on("metadata.cityId", Direction.ASC)
				.on("metadata.requestId", Direction.ASC)
				.named("evidence_city_request"));
	}

}

package org.inclusivecities.platform.join;

import java.util.Objects;

import org.bson.types.ObjectId;

import org.inclusivecities.platform.city.CityCollection;
import org.inclusivecities.platform.city.CityFiles;
import org.inclusivecities.platform.city.TenantData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A city's applications and their signed charter PDFs (GridFS, default bucket). */
@Configuration(proxyBeanMethods = false)
class JoinTenantData {

	@Bean
	TenantData cityApplicationsData(MongoTemplate mongo) {
		return new CityCollection(mongo, "cityApplications");
	}

	@Bean
	TenantData charterFilesData(MongoTemplate mongo) {
		return new CityFiles("charters", mongo, "fs", cityId -> mongo
			.find(Query.query(Criteria.where("cityId").is(cityId)), org.bson.Document.class, "cityApplications")
			.stream()
			.map(application -> application.get("charterFileId"))
			.filter(Objects::nonNull)
			.map(Object::toString)
			.filter(ObjectId::isValid)
			.map(ObjectId::new)
			.toList());
	}


}

package org.inclusivecities.platform.request;

import java.util.Map;

import org.inclusivecities.platform.city.Anonymiser;
import org.bson.types.ObjectId;
import org.inclusivecities.platform.city.CityCollection;
import org.inclusivecities.platform.city.CityFiles;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;
import org.inclusivecities.platform.city.TenantData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The review module's tenant documents (requests with their evidence files, nominations, ties) and what they say about a person:
 * their own nominations are deleted; their id in audit trails, seats, nominations and ties of others is
 * replaced by the erased marker.
 */
@Configuration(proxyBeanMethods = false)
class ReviewTenantData {

	@Bean
	TenantData accreditationRequestsData(MongoTemplate mongo) {
		return new CityCollection(mongo, "accreditationRequests");
	}

	/** The evidence files of the city's requests, with their bytes, so an export is complete. */
	@Bean
	TenantData accreditationEvidenceData(MongoTemplate mongo) {
		return new CityFiles(EvidenceFiles.BUCKET, mongo, EvidenceFiles.BUCKET, cityId -> mongo
			.find(Query.query(Criteria.where("metadata.cityId").is(cityId)), org.bson.Document.class,
					EvidenceFiles.BUCKET + ".files")
			.stream()
			.map(file -> file.get("_id"))
			.filter(ObjectId.class::isInstance)
			.map(ObjectId.class::cast)
			.toList());
	}

	@Bean
	TenantData reviewerNominationsData(MongoTemplate mongo) {
		return new CityCollection(mongo, "reviewerNominations");
	}

	@Bean
	TenantData cityTiesData(MongoTemplate mongo) {
		return new CityCollection(mongo, "cityTies");
	}

	@Bean
	PersonalData reviewPersonalData(MongoTemplate mongo) {
		return new PersonalData() {

			@Override
			public String name() {
				return "review";
			}

			@Override
			public Object exportPerson(DataSubject subject) {
				Query nominations = Query.query(Criteria.where("personId").is(subject.personId()));
				nominations.fields().exclude("_class");
				Query seats = Query.query(Criteria.where("seats.reviewerId").is(subject.personId()));
				seats.fields().include("cityId", "status", "submittedAt");
				return Map.of("nominations", mongo.find(nominations, org.bson.Document.class, "reviewerNominations"),
						"reviewSeats", mongo.find(seats, org.bson.Document.class, "accreditationRequests"));
			}

			@Override
			public void erase(DataSubject subject) {
				String id = subject.personId();
				mongo.remove(Query.query(Criteria.where("personId").is(id)), "reviewerNominations");
				Anonymiser.replaceEverywhere(mongo, "reviewerNominations", Criteria.where("nominatedBy").is(id), id);
				Anonymiser.replaceEverywhere(mongo, "cityTies", Criteria.where("declaredBy").is(id), id);
				Anonymiser.replaceEverywhere(mongo, "accreditationRequests",
						new Criteria().orOperator(Criteria.where("audit.actorId").is(id),
								Criteria.where("seats.reviewerId").is(id), Criteria.where("decision").exists(true)),
						id);
			}
		};
	}


}

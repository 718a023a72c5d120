package org.inclusivecities.platform.practice;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;

import org.inclusivecities.platform.city.Anonymiser;
import org.inclusivecities.platform.city.CityCollection;
import org.inclusivecities.platform.city.CityFiles;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;
import org.inclusivecities.platform.city.TenantData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A city's practices (re-indexed for search after import), their images (GridFS bucket
 * {@code practice_images}) and its adoptions (the adopted practices re-indexed after import); the members who wrote or recorded them are anonymised on
 * erasure (story consent records keep the storyteller's own name as they consented; only member ids go).
 */
@Configuration(proxyBeanMethods = false)
class PracticeTenantData {

	@Bean
	TenantData practicesData(MongoTemplate mongo, ApplicationEventPublisher events) {
		return new CityCollection(mongo, "practices") {
			@Override
			public void importDocuments(String cityId, List<Document> documents) {
				super.importDocuments(cityId, documents);
				documents.forEach(practice -> events.publishEvent(new PracticeEdited(cityId, String.valueOf(practice.get("_id")))));
			}

			@Override
			public void remove(String cityId, List<Document> documents) {
				super.remove(cityId, documents);
				documents.forEach(practice -> events.publishEvent(new PracticeEdited(cityId, String.valueOf(practice.get("_id")))));
			}
		};
	}

	/** A city's adoptions; the practices they adopted are re-indexed after an import or removal (their counts). */
	@Bean
	TenantData practiceAdoptionsData(MongoTemplate mongo, ApplicationEventPublisher events) {
		return new CityCollection(mongo, "practice_adoptions") {
			@Override
			public void importDocuments(String cityId, List<Document> documents) {
				super.importDocuments(cityId, documents);
				changed(cityId, documents);
			}

			@Override
			public void remove(String cityId, List<Document> documents) {
				super.remove(cityId, documents);
				changed(cityId, documents);
			}

			private void changed(String cityId, List<Document> documents) {
				documents.forEach(adoption -> events
					.publishEvent(new AdoptionChanged(String.valueOf(adoption.get("practiceId")), cityId)));
			}
		};
	}

	@Bean
	TenantData practiceImagesData(MongoTemplate mongo) {
		return new CityFiles("practice_images", mongo, "practice_images", cityId -> mongo
			.find(Query.query(Criteria.where("metadata.cityId").is(cityId)), Document.class, "practice_images.files")
			.stream()
			.map(file -> file.get("_id"))
			.filter(ObjectId.class::isInstance)
			.map(ObjectId.class::cast)
			.toList());
	}

	@Bean
	PersonalData practicePersonalData(MongoTemplate mongo) {
		return new PersonalData() {

			@Override
			public String name() {
				return "practices";
			}

			@Override
			public Object exportPerson(DataSubject subject) {
				Query written = Query.query(Criteria.where("createdBy").is(subject.personId()));
				written.fields().include("cityId", "updatedAt");
				Query adopted = Query.query(Criteria.where("recordedBy").is(subject.personId()));
				adopted.fields().include("cityId", "practiceId", "note", "adaptation", "reference", "indicatorId", "result",
						"resultAsOf", "resultReportedAt", "adoptedAt", "withdrawnAt");
				return Map.of("practicesCreated", mongo.find(written, Document.class, "practices"), "adoptionsRecorded",
						mongo.find(adopted, Document.class, "practice_adoptions"));
			}

			@Override
			public void erase(DataSubject subject) {
				String id = subject.personId();
				Anonymiser.replaceEverywhere(mongo, "practices", new Criteria().orOperator(
						Criteria.where("createdBy").is(id), Criteria.where("stories.consent.recordedBy").is(id),
						Criteria.where("revisions.decidedBy").is(id)), id);
				Anonymiser.replaceEverywhere(mongo, "practice_adoptions", Criteria.where("recordedBy").is(id), id);
			}
		};
	}

}

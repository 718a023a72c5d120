package org.inclusivecities.platform.plan;

import java.util.Map;

import org.inclusivecities.platform.city.Anonymiser;
import org.inclusivecities.platform.city.CityCollection;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;
import org.inclusivecities.platform.city.TenantData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/** Action plan drafts, published plans and monitoring (indicators, reports) of a city. */
@Configuration(proxyBeanMethods = false)
class PlanTenantData {

	@Bean
	TenantData actionPlansData(MongoTemplate mongo) {
		return new CityCollection(mongo, "action_plans");
	}

	@Bean
	TenantData publishedPlansData(MongoTemplate mongo) {
		return new CityCollection(mongo, "published_plans");
	}

	@Bean
	TenantData councilConsentsData(MongoTemplate mongo) {
		return new CityCollection(mongo, CouncilConsent.COLLECTION);
	}

	@Bean
	TenantData indicatorsData(MongoTemplate mongo) {
		return new CityCollection(mongo, "indicators");
	}

	@Bean
	TenantData monitoringReportsData(MongoTemplate mongo) {
		return new CityCollection(mongo, "monitoring_reports");
	}

	/** Plans name who published them and reports who submitted them: kept, but anonymised. */
	@Bean
	PersonalData planPersonalData(MongoTemplate mongo) {
		return new PersonalData() {

			@Override
			public String name() {
				return "plans";
			}

			@Override
			public Object exportPerson(DataSubject subject) {
				return Map.of("plansPublished", mongo.count(
						org.springframework.data.mongodb.core.query.Query
							.query(Criteria.where("publishedById").is(subject.personId())),
						"published_plans"));
			}

			@Override
			public void erase(DataSubject subject) {
				// section editors (changedById/-Name) sit at feature-defined paths: every plan is checked
				Anonymiser.replaceEverywhere(mongo, "action_plans", Criteria.where("_id").exists(true), subject.personId());
				Anonymiser.replaceEverywhere(mongo, "published_plans", Criteria.where("_id").exists(true), subject.personId());
				// consents keep what was recorded, not who recorded or withdrew it
				Anonymiser.replaceEverywhere(mongo, CouncilConsent.COLLECTION, Criteria.where("_id").exists(true),
						subject.personId());
				// reports keep only the editor's name
				CityCollection.anonymise(mongo, "monitoring_reports", "submittedByName", subject.displayName());
				CityCollection.anonymise(mongo, "monitoring_reports", "changedByName", subject.displayName());
			}
		};
	}

}

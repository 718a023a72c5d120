package org.inclusivecities.platform.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Anonymiser;
import org.inclusivecities.platform.city.CityCollection;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;
import org.inclusivecities.platform.city.TenantData;
import org.bson.Document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

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

	/**
	 * Withdraws, in every city, the consents in force of the council members linked to this person (in the draft or
	 * in a published version), as if they had withdrawn them themselves; the anonymiser then erases who withdrew.
	 */
	static void withdrawConsents(MongoTemplate mongo, CouncilConsents consents, DataSubject subject) {
		Editor person = new Editor(subject.personId(), subject.displayName());
		Set<List<String>> members = new LinkedHashSet<>();
		collect(mongo, "action_plans", "council.content.members", subject.personId(), members);
		collect(mongo, "published_plans", "snapshot.council.members", subject.personId(), members);
		for (List<String> member : members) {
			try {
				consents.withdraw(member.get(0), member.get(1), person);
			}
			catch (ConsentNotRecorded none) {
				// nothing in force: nothing names them
			}
		}
	}

	private static void collect(MongoTemplate mongo, String collection, String path, String personId,
			Set<List<String>> into) {
		Query query = Query.query(Criteria.where(path + ".personId").is(personId));
		for (Document plan : mongo.find(query, Document.class, collection)) {
			Object members = dig(plan, path);
			if (members instanceof List<?> list) {
				for (Object m : list) {
					if (m instanceof Document member && personId.equals(member.getString("personId"))) {
						into.add(List.of(plan.getString("cityId"), member.getString("_id") != null
								? member.getString("_id") : member.getString("id")));
					}
				}
			}
		}
	}

	private static Object dig(Document document, String path) {
		Object at = document;
		for (String key : path.split("\\.")) {
			at = at instanceof Document d ? d.get(key) : null;
		}
		return at;
	}

	/** Plans name who published them and reports who submitted them: kept, but anonymised. */
	@Bean
	PersonalData planPersonalData(MongoTemplate mongo, CouncilConsents consents) {
		return new PersonalData() {

			@Override
			public String name() {
				return "plans";
			}

			@Override
			public Object exportPerson(DataSubject subject) {
				return Map.of("plansPublished", mongo.count(
						Query.query(Criteria.where("publishedById").is(subject.personId())),
						"published_plans"));
			}

			@Override
			public void erase(DataSubject subject) {
				// a council member who is this person is no longer named anywhere: their consents are withdrawn first
				withdrawConsents(mongo, consents, subject);
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

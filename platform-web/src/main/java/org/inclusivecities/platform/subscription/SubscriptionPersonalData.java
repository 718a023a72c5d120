package org.inclusivecities.platform.subscription;

import org.bson.Document;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A person's digest subscription (by their email address): exported without tokens, deleted on erasure. */
@Component
class SubscriptionPersonalData implements PersonalData {

	private final MongoTemplate mongo;

	SubscriptionPersonalData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "subscriptions";
	}

	@Override
	public Object exportPerson(DataSubject subject) {
		Query query = ofThem(subject);
		query.fields().include("email", "language", "frequency", "status", "createdAt", "confirmedAt", "lastSentAt");
		return mongo.find(query, Document.class, "subscriptions");
	}

	@Override
	public void erase(DataSubject subject) {
		mongo.remove(ofThem(subject), "subscriptions");
	}

	private static Query ofThem(DataSubject subject) {
		return Query.query(Criteria.where("email").is(subject.email()));
	}

}

package org.inclusivecities.platform.matching;

import org.bson.Document;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The pairings a person asked for, with their name: exported (what they asked, when, and the answer), and on erasure
 * the pairing stays (it belongs to the two cities) with the person's id and name replaced by the erased marker.
 */
@Component
class PairingPersonalData implements PersonalData {

	private final MongoTemplate mongo;

	PairingPersonalData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "pairings";
	}

	@Override
	public Object exportPerson(DataSubject subject) {
		Query query = ofThem(subject);
		query.fields().include("askedByName", "wish", "askedAt", "status", "answeredAt");
		return mongo.find(query, Document.class, "pairings");
	}

	@Override
	public void erase(DataSubject subject) {
		mongo.updateMulti(ofThem(subject),
				new Update().set("askedByPersonId", ERASED).set("askedByName", ERASED), "pairings");
	}

	private static Query ofThem(DataSubject subject) {
		return Query.query(Criteria.where("askedByPersonId").is(subject.personId()));
	}

}

package org.inclusivecities.platform.mail;


import org.bson.Document;

import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Mails addressed to the person: listed (subject, status, dates) in the export, deleted on erasure. */
@Component
class OutboxPersonalData implements PersonalData {

	private final MongoTemplate mongo;

	OutboxPersonalData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "mails";
	}

	@Override
	public Object exportPerson(DataSubject subject) {
		Query query = toThem(subject);
		query.fields().include("subject", "status", "createdAt", "sentAt");
		return mongo.find(query, Document.class, "outbox");
	}

	@Override
	public void erase(DataSubject subject) {
		mongo.remove(toThem(subject), "outbox");
	}

	private static Query toThem(DataSubject subject) {
		return Query.query(Criteria.where("recipient").is(subject.email()));
	}


}

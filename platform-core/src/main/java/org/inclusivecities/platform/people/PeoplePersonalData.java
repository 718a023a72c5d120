package org.inclusivecities.platform.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.inclusivecities.platform.city.CityCollection;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The person's account, memberships, API tokens, password resets, invitations and membership history.
 * Exports leave out every hash; erasure deletes the account and its tokens last of all features.
 */
@Component
class PeoplePersonalData implements PersonalData {

	private final MongoTemplate mongo;

	PeoplePersonalData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "account";
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

	@Override
	public Object exportPerson(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		Document person = mongo.findOne(byId(subject.personId()), Document.class, "people");
		if (person != null) {
			person.remove("passwordHash");
			person.remove("_class");
			person.remove("version");
			data.put("person", person);
		}
		data.put("apiTokens", without(find("apiTokens", "personId", subject.personId()), "hash"));
		data.put("passwordResets", without(find("passwordResetTokens", "personId", subject.personId()), "hash"));
		data.put("invitations", without(find("invitations", "email", subject.email()), "tokenHash"));
		data.put("membershipChanges", find("membershipChanges", "personId", subject.personId()));
		return data;
	}

	@Override
	public void erase(DataSubject subject) {
		mongo.remove(Query.query(Criteria.where("personId").is(subject.personId())), "apiTokens");
		mongo.remove(Query.query(Criteria.where("personId").is(subject.personId())), "passwordResetTokens");
		mongo.remove(Query.query(Criteria.where("email").is(subject.email())), "invitations");
		CityCollection.anonymise(mongo, "invitations", "invitedBy", subject.personId());
		CityCollection.anonymise(mongo, "invitations", "acceptedBy", subject.personId());
		CityCollection.anonymise(mongo, "membershipChanges", "personId", subject.personId());
		CityCollection.anonymise(mongo, "membershipChanges", "actorId", subject.personId());
		Query granted = Query.query(Criteria.where("memberships.grantedBy").is(subject.personId()));
		while (mongo.updateMulti(granted, new Update().set("memberships.$.grantedBy", ERASED), "people")
			.getModifiedCount() > 0) {
			// one array element per document and round
		}
		mongo.remove(byId(subject.personId()), "people");
	}

	private List<Document> find(String collection, String field, String value) {
		List<Document> found = mongo.find(Query.query(Criteria.where(field).is(value)), Document.class, collection);
		found.forEach(d -> d.remove("_class"));
		return found;
	}

	private static List<Document> without(List<Document> documents, String field) {
		documents.forEach(d -> d.remove(field));
		return documents;
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}

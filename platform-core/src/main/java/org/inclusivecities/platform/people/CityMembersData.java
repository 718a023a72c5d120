package org.inclusivecities.platform.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bson.Document;

import org.inclusivecities.platform.city.TenantData;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The city's members: each exported with their profile and only this city's membership, never a password
 * hash. On import a person who already exists (same email) gains the membership; anyone else is created
 * without a password and signs in after a password reset.
 */
class CityMembersData implements TenantData {

	private static final String PEOPLE = "people";

	private final MongoTemplate mongo;

	CityMembersData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "members";
	}

	@Override
	public List<Document> export(String cityId) {
		List<Document> members = new ArrayList<>();
		for (Document person : mongo.find(Query.query(Criteria.where("memberships.cityId").is(cityId)),
				Document.class, PEOPLE)) {
			List<Document> ofCity = person.getList("memberships", Document.class)
				.stream()
				.filter(m -> cityId.equals(m.get("cityId")))
				.toList();
			members.add(new Document("_id", person.get("_id")).append("email", person.get("email"))
				.append("displayName", person.get("displayName"))
				.append("language", person.get("language"))
				.append("createdAt", person.get("createdAt"))
				.append("memberships", ofCity));
		}
		return members;
	}

	@Override
	public List<String> problems(String cityId, List<Document> documents) {
		List<String> problems = new ArrayList<>();
		for (Document member : documents) {
			if (!(member.get("email") instanceof String) || member.get("_id") == null
					|| !(member.get("memberships") instanceof List<?> memberships)
					|| memberships.stream().anyMatch(m -> !(m instanceof Document d) || !cityId.equals(d.get("cityId")))) {
				problems.add("members: a member has no id, email or only memberships of this city");
			}
		}
		return problems;
	}

	@Override
	public void importDocuments(String cityId, List<Document> documents) {
		for (Document member : documents) {
			Document existing = mongo.findOne(Query.query(Criteria.where("email").is(member.get("email"))),
					Document.class, PEOPLE);
			if (existing != null) {
				for (Object membership : member.getList("memberships", Document.class)) {
					mongo.updateFirst(Query.query(Criteria.where("_id").is(existing.get("_id"))),
							new Update().push("memberships", membership), PEOPLE);
				}
			}
			else {
				Object id = mongo.exists(Query.query(Criteria.where("_id").is(member.get("_id"))), PEOPLE)
						? new org.bson.types.ObjectId().toHexString() : member.get("_id");
				Document person = new Document(member).append("_id", id).append("networkAdmin", false)
					.append("version", 0L)
					.append("_class", Person.class.getName());
				mongo.getCollection(PEOPLE).insertOne(person);
			}
		}
	}

	@Override
	public void remove(String cityId, List<Document> documents) {
		for (Document member : documents) {
			Query byEmail = Query.query(Criteria.where("email").is(member.get("email")));
			mongo.updateFirst(byEmail, new Update().pull("memberships", new Document("cityId", cityId)), PEOPLE);
			Document person = mongo.findOne(byEmail, Document.class, PEOPLE);
			if (person != null && person.get("passwordHash") == null
					&& Objects.requireNonNullElse(person.getList("memberships", Document.class), List.of()).isEmpty()) {
				mongo.remove(byEmail, PEOPLE);
			}
		}
	}

}

package org.inclusivecities.platform.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The common case: one collection whose documents carry the city id in one field. */
public class CityCollection implements TenantData {

	private final String name;

	private final MongoTemplate mongo;

	private final String collection;

	private final String cityField;

	public CityCollection(MongoTemplate mongo, String collection) {
		this(collection, mongo, collection, "cityId");
	}

	public CityCollection(String name, MongoTemplate mongo, String collection, String cityField) {
		this.name = name;
		this.mongo = mongo;
		this.collection = collection;
		this.cityField = cityField;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<Document> export(String cityId) {
		return mongo.find(Query.query(Criteria.where(cityField).is(cityId)), Document.class, collection);
	}

	@Override
	public List<String> problems(String cityId, List<Document> documents) {
		List<String> problems = new ArrayList<>();
		for (Document document : documents) {
			if (document.get("_id") == null) {
				problems.add(name + ": a document has no id");
			}
			else if (!Objects.equals(cityId, String.valueOf(document.get(cityField)))) {
				problems.add(name + ": document " + document.get("_id") + " belongs to another city");
			}
			else if (mongo.exists(Query.query(Criteria.where("_id").is(document.get("_id"))), collection)) {
				problems.add(name + ": id " + document.get("_id") + " already exists");
			}
		}
		return problems;
	}

	@Override
	public void importDocuments(String cityId, List<Document> documents) {
		if (!documents.isEmpty()) {
			mongo.getCollection(collection).insertMany(documents);
		}
	}

	@Override
	public void remove(String cityId, List<Document> documents) {
		mongo.remove(Query.query(Criteria.where("_id").in(documents.stream().map(d -> d.get("_id")).toList())),
				collection);
	}

	/** Replaces the person id in a field of this collection with the erased marker. */
	public static void anonymise(MongoTemplate mongo, String collection, String field, String personId) {
		mongo.updateMulti(Query.query(Criteria.where(field).is(personId)),
				new org.springframework.data.mongodb.core.query.Update().set(field, PersonalData.ERASED), collection);
	}

}

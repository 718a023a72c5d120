package org.inclusivecities.platform.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Replaces every string value equal to a person's id (at any depth: audit trails, seats, nested records)
 * in the matching documents of a collection with {@link PersonalData#ERASED}; a name stored beside such an
 * id ({@code changedById} → {@code changedByName}) is replaced too.
 */
public final class Anonymiser {

	private Anonymiser() {
	}

	public static void replaceEverywhere(MongoTemplate mongo, String collection, Criteria where, String personId) {
		for (Document document : mongo.find(Query.query(where), Document.class, collection)) {
			Document replaced = (Document) replace(document, personId);
			if (replaced.equals(document)) {
				continue;
			}
			mongo.getCollection(collection).replaceOne(new Document("_id", document.get("_id")), replaced);
		}
	}

	private static Object replace(Object value, String personId) {
		if (personId.equals(value)) {
			return PersonalData.ERASED;
		}
		if (value instanceof Map<?, ?> map) {
			Document copy = new Document();
			map.forEach((key, item) -> copy.put(key.toString(), replace(item, personId)));
			map.forEach((key, item) -> {
				String name = key.toString();
				if (personId.equals(item) && name.endsWith("Id") && copy.containsKey(name.substring(0, name.length() - 2) + "Name")) {
					copy.put(name.substring(0, name.length() - 2) + "Name", PersonalData.ERASED);
				}
			});
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(item -> copy.add(replace(item, personId)));
			return copy;
		}
		return value;
	}

}

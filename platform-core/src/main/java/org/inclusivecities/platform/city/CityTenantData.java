package org.inclusivecities.platform.city;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;


import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The city document itself: exported first, imported last, refused when its id or slug is taken. */
@Component
class CityTenantData extends CityCollection {

	private final MongoTemplate mongo;

	CityTenantData(MongoTemplate mongo) {
		super("cities", mongo, "cities", "_id");
		this.mongo = mongo;
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

	@Override
	public List<String> problems(String cityId, List<Document> documents) {
		List<String> problems = new ArrayList<>(super.problems(cityId, documents));
		if (documents.size() != 1) {
			problems.add("cities: the export must hold exactly one city");
		}
		for (Document city : documents) {
			Object slug = city.get("slug");
			if (!(slug instanceof String) || mongo.exists(Query.query(Criteria.where("slug").is(slug)), "cities")) {
				problems.add("cities: slug " + slug + " already exists");
			}
		}
		return problems;
	}

}

package org.inclusivecities.platform.pool;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The network-wide read model routing needs: every active nomination of every city and every declared tie.
 * Deliberately separate from the tenant repositories, which only ever answer for one city.
 */
@Component
public class ReviewerPool {

	private final MongoTemplate mongo;

	ReviewerPool(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<ReviewerNomination> activeReviewers() {
		return mongo.find(Query.query(Criteria.where("active").is(true)), ReviewerNomination.class);
	}

	public List<CityTie> allTies() {
		return mongo.findAll(CityTie.class);
	}

	/** A reviewer's nominations across cities (a person can review for several cities). */
	public List<ReviewerNomination> nominationsOf(String personId) {
		return mongo.find(Query.query(Criteria.where("personId").is(personId)), ReviewerNomination.class);
	}

}

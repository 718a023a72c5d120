package org.inclusivecities.platform.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The secretariat's cross-city view: practices whose working revision waits for moderation. */
@Component
public class ModerationQueue {

	private final MongoTemplate mongo;

	ModerationQueue(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<Practice> waiting() {
		return mongo.find(new Query(Criteria.where("workingStatus").is(RevisionStatus.SUBMITTED))
			.with(Sort.by("updatedAt")), Practice.class);
	}

	public Optional<Practice> find(String id) {
		if (id == null || !id.matches("[0-9a-f]{24}")) {
			return Optional.empty();
		}
		return Optional.ofNullable(mongo.findById(id, Practice.class));
	}

}

package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Network-wide read model over requests for the secretariat, routing, reviewers and scheduled jobs; separate
 * from the city-scoped {@link AccreditationRequests} on purpose. Writes still go through the aggregate.
 */
@Component
public class RequestsInReview {

	private final MongoTemplate mongo;

	RequestsInReview(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<AccreditationRequest> byId(String requestId) {
		return Optional.ofNullable(mongo.findById(requestId, AccreditationRequest.class));
	}

	public List<AccreditationRequest> withStatus(RequestStatus... statuses) {
		return mongo.find(Query.query(Criteria.where("status").in((Object[]) statuses)), AccreditationRequest.class);
	}

	/** Requests where the person holds a seat (any round). */
	public List<AccreditationRequest> withReviewer(String reviewerId) {
		return mongo.find(Query.query(Criteria.where("seats.reviewerId").is(reviewerId)), AccreditationRequest.class);
	}

	/** Requests submitted since the given instant (current and previous review cycle). */
	public List<AccreditationRequest> submittedSince(Instant since) {
		return mongo.find(Query.query(Criteria.where("submittedAt").gte(since)), AccreditationRequest.class);
	}

	public Optional<AccreditationRequest> byCertificateCode(String code) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("decision.certificateCode").is(code)),
				AccreditationRequest.class));
	}

	AccreditationRequest save(AccreditationRequest request) {
		return mongo.save(request);
	}

}

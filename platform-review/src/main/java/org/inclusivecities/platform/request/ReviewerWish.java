package org.inclusivecities.platform.request;

import java.time.Instant;

import org.inclusivecities.platform.routing.Wish;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one reviewer said about reviewing one open request (a bid). The reviewer's own data, read by routing and
 * by the reviewer, never by the reviewed city; one per (reviewer, request), its id made of both.
 */
@Document("reviewerWishes")
class ReviewerWish {

	@Id
	private String id;

	@Indexed
	private String reviewerId;

	@Indexed
	private String requestId;

	private Wish wish;

	private Instant statedAt;

	ReviewerWish() {
	}

	ReviewerWish(String reviewerId, String requestId, Wish wish, Instant statedAt) {
		this.id = reviewerId + ":" + requestId;
		this.reviewerId = reviewerId;
		this.requestId = requestId;
		this.wish = wish;
		this.statedAt = statedAt;
	}

	String reviewerId() {
		return reviewerId;
	}

	String requestId() {
		return requestId;
	}

	Wish wish() {
		return wish;
	}

}

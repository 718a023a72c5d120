package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.List;

import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.stereotype.Service;

/**
 * The secretariat's meta-review: once every review of the round is in, it consolidates them for the city (what is
 * strong, what to work on), and may rewrite it until the decision. The model has no lead reviewer, so only the
 * secretariat writes it.
 */
@Service
public class MetaReviews {

	private final RequestsInReview requests;

	private final Secretariat secretariat;

	private final Clock clock;

	MetaReviews(RequestsInReview requests, Secretariat secretariat, Clock clock) {
		this.requests = requests;
		this.secretariat = secretariat;
		this.clock = clock;
	}

	/**
	 * Writes (or rewrites) the meta-review of the request's current round. Refused for anyone but the secretariat,
	 * without text or with too much ({@code metaReview.text.required} / {@code .tooLong}), and while the request is
	 * not reviewed (409); then nothing changes.
	 */
	public AccreditationRequest write(String actorId, String requestId, String text) {
		secretariat.require(actorId);
		if (text == null || text.isBlank()) {
			throw new RequestErrors.InvalidInput(List.of("metaReview.text.required"));
		}
		if (text.strip().length() > MetaReview.MAX_TEXT) {
			throw new RequestErrors.InvalidInput(List.of("metaReview.text.tooLong"));
		}
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		request.writeMetaReview(text.strip(), actorId, clock.instant());
		return requests.save(request);
	}

}

package org.inclusivecities.platform.request;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How many live seats (proposed, invited, accepted or submitted in the current round of an open request) each
 * reviewer holds across the network: the load the secretariat's pool page sets against each reviewer's cap. The
 * seats are the ones {@link Network} judges.
 */
@Component
public class ReviewerLoads {

	private final RequestsInReview requests;

	ReviewerLoads(RequestsInReview requests) {
		this.requests = requests;
	}

	/** Live seats by reviewer (person) id; a reviewer without any is absent. */
	public Map<String, Integer> liveSeats() {
		RequestStatus[] open = Arrays.stream(RequestStatus.values()).filter(RequestStatus::open)
			.toArray(RequestStatus[]::new);
		Map<String, Integer> load = new HashMap<>();
		for (AccreditationRequest request : requests.withStatus(open)) {
			Network.live(request).forEach(seat -> load.merge(seat.reviewerId(), 1, Integer::sum));
		}
		return load;
	}

}

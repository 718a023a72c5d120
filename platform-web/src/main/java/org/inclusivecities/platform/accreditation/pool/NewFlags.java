package org.inclusivecities.platform.accreditation.pool;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.SeatFlags;
import org.inclusivecities.platform.request.SeatFlags.BrokenSeat;

import org.springframework.stereotype.Component;

/**
 * Which requests a change made by the secretariat on the pool page flagged: the change publishes its event, the
 * review module judges every live seat again at once ({@link SeatFlags}, which mails the secretariat and puts the
 * request on its waiting list); this tells the page which requests came to have a seat breaking a rule.
 */
@Component
class NewFlags {

	private final SeatFlags flags;

	private final RequestsInReview requests;

	private final Cities cities;

	NewFlags(SeatFlags flags, RequestsInReview requests, Cities cities) {
		this.flags = flags;
		this.requests = requests;
		this.cities = cities;
	}

	/** A request with a seat the change made break a rule, by the name of the city asking. */
	record Flagged(String requestId, String city) {
	}

	/** Makes the change and returns the requests it flagged (none when no live seat broke a rule through it). */
	List<Flagged> after(Runnable change) {
		Map<String, List<BrokenSeat>> before = flags.brokenSeatsByRequest();
		change.run();
		Set<String> flagged = new HashSet<>();
		flags.brokenSeatsByRequest().forEach((requestId, seats) -> {
			if (!before.getOrDefault(requestId, List.of()).containsAll(seats)) {
				flagged.add(requestId);
			}
		});
		Map<String, String> cityOf = new HashMap<>();
		flagged.forEach(id -> requests.byId(id).ifPresent(r -> cityOf.put(id, r.getCityId())));
		Map<String, String> names = new HashMap<>();
		cities.findAllByIdIn(new HashSet<>(cityOf.values())).forEach(c -> names.put(c.getId(), c.getName()));
		return cityOf.entrySet()
			.stream()
			.map(e -> new Flagged(e.getKey(), names.getOrDefault(e.getValue(), e.getValue())))
			.sorted(java.util.Comparator.comparing(Flagged::city))
			.toList();
	}

}

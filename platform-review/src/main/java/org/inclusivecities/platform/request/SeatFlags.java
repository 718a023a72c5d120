package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.inclusivecities.platform.people.MembershipGranted;
import org.inclusivecities.platform.pool.PoolChanged;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * A change elsewhere (a new membership, a declared tie or conflict, a changed nomination) can make a live seat
 * break a rule without any transition on its request. Right after each such change every live seat of the network
 * is judged again; a seat that now breaks a rule is flagged on its request (shown on the secretariat's page with
 * one-click replacement) and the secretariat is mailed once per seat and rule, with a link to the request. A flag
 * missed then (a failure, a concurrent change of the request, a change made without an event) is made by the
 * periodic {@link SeatFlagSweep}.
 */
@Component
public class SeatFlags {

	private static final Logger log = LoggerFactory.getLogger(SeatFlags.class);

	private final NetworkRules rules;

	private final RequestsInReview requests;

	private final ReviewMail mail;

	private final Clock clock;

	private final NetworkLock lock;

	SeatFlags(NetworkRules rules, RequestsInReview requests, ReviewMail mail, Clock clock, NetworkLock lock) {
		this.rules = rules;
		this.requests = requests;
		this.mail = mail;
		this.clock = clock;
		this.lock = lock;
	}

	/** Only a seated person's new membership can break a rule (own city, ties of the cities they belong to). */
	@EventListener
	void on(MembershipGranted granted) {
		flagAfterChangeElsewhere(() -> rules.seated(granted.personId()));
	}

	@EventListener
	void on(PoolChanged changed) {
		flagAfterChangeElsewhere(() -> switch (changed) {
			case PoolChanged.TieDeclared tie -> true;
			case PoolChanged.ConflictDeclared conflict -> rules.seated(conflict.personId());
			case PoolChanged.NominationChanged nomination -> rules.seated(nomination.personId());
		});
	}

	/**
	 * The change that was made is saved already: a failure to flag (the database briefly away, the network busy) must
	 * not report it as failed to whoever made it. {@link SeatFlagSweep} flags what was missed. Whether the change
	 * matters is judged under the network's lock too: a seat being confirmed at this moment is either saved before
	 * (and then judged here, with the change) or judged after (and then refused, since the change is saved).
	 */
	private void flagAfterChangeElsewhere(java.util.function.BooleanSupplier matters) {
		try {
			lock.exclusively(() -> matters.getAsBoolean() ? flagBrokenSeats() : 0);
		}
		catch (RuntimeException ex) {
			log.warn("Seat flags not updated after a change elsewhere ({}); the next sweep flags them",
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * Flags every live seat that breaks a rule now and was not flagged for it yet; returns how many it flagged. Judged
	 * under the network's lock (as every transition is), so no seat is confirmed between the judging and the flag.
	 */
	public int flagBrokenSeats() {
		return lock.exclusively(this::flagNow);
	}

	private int flagNow() {
		int flagged = 0;
		for (Network.Violation v : rules.load().violations()) {
			try {
				AccreditationRequest request = requests.byId(v.requestId()).orElse(null);
				if (request != null && request.flag(v.reviewerId(), v.ruleId(), clock.instant())) {
					AccreditationRequest saved = requests.save(request);
					mail.seatFlagged(saved, v.reviewerId(), v.ruleId());
					flagged++;
				}
			}
			catch (OptimisticLockingFailureException concurrent) {
				// the request changed meanwhile; the page still shows the broken seat, the next sweep flags it
				log.warn("Request {}: seat flag lost to a concurrent change", v.requestId());
			}
		}
		return flagged;
	}

	/** The live seats of this request that break a rule now, with the rule (for the secretariat's page). */
	public List<BrokenSeat> brokenSeats(String requestId) {
		return brokenSeatsByRequest().getOrDefault(requestId, List.of());
	}

	/** Every open request with a live seat that breaks a rule now, by request id (for the secretariat's home). */
	public Map<String, List<BrokenSeat>> brokenSeatsByRequest() {
		Map<String, List<BrokenSeat>> byRequest = new LinkedHashMap<>();
		for (Network.Violation v : rules.load().violations()) {
			byRequest.computeIfAbsent(v.requestId(), id -> new ArrayList<>())
				.add(new BrokenSeat(v.reviewerId(), v.ruleId()));
		}
		return byRequest;
	}

	/** A reviewer's seat and a rule it breaks (a seat that breaks several is listed once per rule). */
	public record BrokenSeat(String reviewerId, String ruleId) {
	}

}

package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestErrors.RuleBroken;
import org.inclusivecities.platform.request.RequestErrors.SwapRefused;
import org.inclusivecities.platform.routing.Assignment;
import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.RoutingProgress;
import org.inclusivecities.platform.routing.RoutingRequest;
import org.inclusivecities.platform.routing.RoutingResult;

import org.springframework.stereotype.Service;

/**
 * The secretariat's routing workflow: preview (route every waiting request, store the proposals, report the
 * ones that could not be staffed and why), swap a proposed reviewer, confirm (invitations go out with a soft
 * deadline). Each step is judged by {@link NetworkRules} on the whole network first; a step that would leave a
 * seat breaking a hard rule is refused with the rule and changes nothing.
 */
@Service
public class ReviewRouting {

	private static final Logger log = LoggerFactory.getLogger(ReviewRouting.class);

	private final RequestsInReview requests;

	private final RoutingInputs inputs;

	private final ReviewProperties properties;

	private final Secretariat secretariat;

	private final ReviewMail mail;

	private final NetworkRules rules;

	private final Clock clock;

	private final RoutingEngine engine;

	ReviewRouting(RequestsInReview requests, RoutingInputs inputs, ReviewProperties properties, Secretariat secretariat,
			ReviewMail mail, NetworkRules rules, Clock clock, RoutingEngine engine) {
		this.engine = engine;
		this.rules = rules;
		this.requests = requests;
		this.inputs = inputs;
		this.properties = properties;
		this.secretariat = secretariat;
		this.mail = mail;
		this.clock = clock;
	}

	public RoutingResult preview(String actorId) {
		return preview(actorId, step -> {
		}, () -> false);
	}

	/**
	 * Routes every waiting request and stores the proposals, reporting each step of the solver to {@code listener} and
	 * stopping soon after {@code cancelled} holds; a stopped run stores the best valid assignment found until then.
	 */
	public RoutingResult preview(String actorId, Consumer<RoutingProgress> listener, BooleanSupplier cancelled) {
		secretariat.require(actorId);
		List<AccreditationRequest> waiting = requests.withStatus(RequestStatus.AWAITING_REVIEWERS,
				RequestStatus.PROPOSED);
		RoutingInputs.Inputs loaded = inputs.load();
		Map<String, java.time.LocalDate> deadlines = inputs.renewalDeadlines();
		List<RoutingRequest> routing = waiting.stream()
			.map(r -> RoutingInputs.routingRequest(r, deadlines.get(r.getCityId())))
			.toList();
		RoutingResult result = engine.route(routing, loaded.candidates(), loaded.context(), step -> {
			log.info("Routing {} round {}: {} requests, {} arcs, {} ms", step.phase(), step.round(), step.requests(),
					step.arcs(), step.elapsed().toMillis());
			listener.accept(step);
		}, cancelled);
		log.info("Routing {}: {} assignments, {} requests unrouted", result.outcome(), result.assignments().size(),
				result.unrouted().size());
		rules.exclusively(() -> {
			store(waiting, result, actorId);
			return null;
		});
		return result;
	}

	/** Stores each request's proposal that breaks no rule, judged on the network with the proposals stored so far. */
	private void store(List<AccreditationRequest> waiting, RoutingResult result, String actorId) {
		Network network = rules.load();
		for (AccreditationRequest request : waiting) {
			List<Assignment> assigned = result.assignmentsOf(request.getId());
			if (!assigned.isEmpty()) {
				List<ReviewerSeat> seats = new ArrayList<>();
				assigned.forEach(a -> seats.add(ReviewerSeat.proposed(a.reviewerId(), a.reviewerCityId(),
						request.getRound(), a.costTerms())));
				request.propose(seats, actorId, clock.instant());
				try {
					rules.admit(network, request, assigned.stream().map(Assignment::reviewerId).toList());
				}
				catch (RuleBroken refused) {
					log.warn("Request {}: proposal not stored, it breaks rule {}", request.getId(), refused.ruleId());
					continue;
				}
				AccreditationRequest saved = requests.save(request);
				network = network.with(saved);
			}
		}
	}

	/** Replaces a proposed reviewer by another; refused with the broken rule's id when a hard rule objects. */
	public AccreditationRequest swap(String actorId, String requestId, String outgoing, String incoming) {
		secretariat.require(actorId);
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		RoutingInputs.Inputs loaded = inputs.load();
		Candidate candidate = loaded.candidate(incoming);
		if (candidate == null) {
			throw new SwapRefused("not-in-pool");
		}
		request.swap(outgoing, ReviewerSeat.proposed(incoming, candidate.cityId(), request.getRound(),
				Map.of("manual-swap", 0L)), actorId, clock.instant());
		try {
			return rules.admitAndSave(request, List.of(incoming));
		}
		catch (RuleBroken broken) {
			throw new SwapRefused(broken.ruleId());
		}
	}

	public AccreditationRequest confirm(String actorId, String requestId) {
		secretariat.require(actorId);
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		var now = clock.instant();
		var respondBy = now.plus(properties.invitationDeadline());
		request.confirm(respondBy, actorId, now);
		AccreditationRequest saved = rules.admitAndSave(request,
				request.currentSeats().stream().map(ReviewerSeat::reviewerId).toList());
		saved.currentSeats()
			.stream()
			.filter(s -> s.status() == SeatStatus.INVITED)
			.forEach(s -> mail.invitation(saved, s.reviewerId(), respondBy, false));
		return saved;
	}

}

package org.inclusivecities.platform.accreditation.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.routing.Assignment;
import org.inclusivecities.platform.routing.RoutingResult;
import org.inclusivecities.platform.routing.Unrouted;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The secretariat's accreditation overview: every request grouped by where it is, and the routing run that
 * proposes reviewers for all waiting requests, with each proposal explained and each unstaffed request's
 * blocking rule named.
 */
@Controller
class AccreditationOverviewController {

	/** Overview groups in workflow order; appealed requests under review again get their own group. */
	static final List<String> GROUPS = List.of("AWAITING_REVIEWERS", "PROPOSED", "IN_REVIEW", "REVIEWED",
			"APPEALED", "DECIDED", "WITHDRAWN");

	private final RequestsInReview requests;

	private final ReviewRouting routing;

	private final Names names;

	private final Wording wording;

	AccreditationOverviewController(RequestsInReview requests, ReviewRouting routing, Names names, Wording wording) {
		this.requests = requests;
		this.routing = routing;
		this.names = names;
		this.wording = wording;
	}

	@GetMapping("/admin/accreditation")
	String overview(Model model) {
		List<AccreditationRequest> all = requests.withStatus(RequestStatus.values());
		Names.Lookup lookup = names.of(Set.of(), all.stream().map(AccreditationRequest::getCityId).toList());
		Map<String, List<Row>> groups = new LinkedHashMap<>();
		GROUPS.forEach(g -> groups.put(g, new ArrayList<>()));
		all.stream()
			.sorted(Comparator.comparing(AccreditationRequest::getSubmittedAt,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(r -> groups.get(group(r)).add(row(r, lookup)));
		model.addAttribute("groups", groups);
		model.addAttribute("waiting", groups.get("AWAITING_REVIEWERS").size() + groups.get("PROPOSED").size()
				+ groups.get("APPEALED").stream().filter(Row::waiting).count());
		return "accreditation/admin/overview";
	}

	@PostMapping("/admin/accreditation/proposal")
	String propose(@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale) {
		RoutingResult result = routing.preview(principal.personId());
		Set<String> requestIds = new HashSet<>();
		result.assignments().forEach(a -> requestIds.add(a.requestId()));
		result.unrouted().forEach(u -> requestIds.add(u.requestId()));
		Map<String, AccreditationRequest> byId = new LinkedHashMap<>();
		requestIds.forEach(id -> requests.byId(id).ifPresent(r -> byId.put(id, r)));
		Set<String> cityIds = new HashSet<>();
		byId.values().forEach(r -> cityIds.add(r.getCityId()));
		result.assignments().forEach(a -> cityIds.add(a.reviewerCityId()));
		Names.Lookup lookup = names.of(result.assignments().stream().map(Assignment::reviewerId).toList(), cityIds);

		List<Proposal> proposals = new ArrayList<>();
		byId.values().stream().filter(r -> !result.assignmentsOf(r.getId()).isEmpty()).forEach(r -> {
			List<ProposedReviewer> reviewers = result.assignmentsOf(r.getId())
				.stream()
				.map(a -> new ProposedReviewer(lookup.person(a.reviewerId()), lookup.city(a.reviewerCityId()),
						a.preferenceCost(), wording.explanation(a.costTerms(), locale)))
				.toList();
			proposals.add(new Proposal(r.getId(), lookup.city(r.getCityId()), r.getRound(), reviewers));
		});
		List<Blocked> blocked = new ArrayList<>();
		for (Unrouted u : result.unrouted()) {
			AccreditationRequest r = byId.get(u.requestId());
			blocked.add(new Blocked(u.requestId(), r == null ? u.requestId() : lookup.city(r.getCityId()),
					u.reason().name(), wording.blockingRule(u, locale), wording.unrouted(u, locale)));
		}
		model.addAttribute("outcome", result.outcome().name());
		model.addAttribute("cost", result.cost());
		model.addAttribute("gap", result.gap());
		model.addAttribute("proposals", proposals);
		model.addAttribute("blocked", blocked);
		return "accreditation/admin/proposal";
	}

	private static String group(AccreditationRequest request) {
		boolean reReview = request.isAppealed() && request.getStatus() != RequestStatus.DECIDED
				&& request.getStatus() != RequestStatus.WITHDRAWN;
		return reReview ? "APPEALED" : request.getStatus().name();
	}

	private static Row row(AccreditationRequest request, Names.Lookup lookup) {
		long submitted = request.currentSeats().stream().filter(s -> s.status() == SeatStatus.SUBMITTED).count();
		boolean waiting = request.getStatus() == RequestStatus.AWAITING_REVIEWERS
				|| request.getStatus() == RequestStatus.PROPOSED;
		return new Row(request.getId(), lookup.city(request.getCityId()), request.getStatus().name(),
				request.getRound(), submitted, request.getReviewersRequired(), request.getSubmittedAt(), waiting,
				request.appeal().map(a -> a.detail()).orElse(null), request.getPreviousRequestId() != null);
	}

	/**
	 * One request in an overview group; {@code appealReason} when the city appealed, {@code resubmission} when the
	 * city asked again after a "not yet".
	 */
	record Row(String id, String city, String status, int round, long reviewsSubmitted, int reviewersRequired,
			java.time.Instant submittedAt, boolean waiting, String appealReason, boolean resubmission) {
	}

	/** A request routing staffed, with its proposed reviewers. */
	record Proposal(String requestId, String city, int round, List<ProposedReviewer> reviewers) {
	}

	/** One proposed reviewer with the explanation in words. */
	record ProposedReviewer(String name, String city, long cost, List<String> explanation) {
	}

	/** A request routing could not staff: the reason, the rule that removed most reviewers, every line. */
	record Blocked(String requestId, String city, String reason, String blockingRule, List<String> lines) {
	}

}

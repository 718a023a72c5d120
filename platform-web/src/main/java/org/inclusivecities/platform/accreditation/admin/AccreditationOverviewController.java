package org.inclusivecities.platform.accreditation.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.RoutingRuns;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The secretariat's accreditation overview: every request grouped by where it is, and the button that starts the
 * routing run proposing reviewers for all waiting requests ({@link RoutingRunController} follows it).
 */
@Controller
class AccreditationOverviewController {

	/** Overview groups in workflow order; appealed requests under review again get their own group. */
	static final List<String> GROUPS = List.of("AWAITING_REVIEWERS", "PROPOSED", "IN_REVIEW", "REVIEWED",
			"APPEALED", "DECIDED", "WITHDRAWN");

	private final RequestsInReview requests;

	private final RoutingRuns runs;

	private final Names names;

	AccreditationOverviewController(RequestsInReview requests, RoutingRuns runs, Names names) {
		this.requests = requests;
		this.runs = runs;
		this.names = names;
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

	/** Starts routing every waiting request in the background; the run's page follows its progress. */
	@PostMapping("/admin/accreditation/proposal")
	String propose(@AuthenticationPrincipal PlatformPrincipal principal) {
		return "redirect:/admin/accreditation/routing/" + runs.start(principal.personId()).id();
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

}

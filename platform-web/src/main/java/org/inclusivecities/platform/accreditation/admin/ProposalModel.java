package org.inclusivecities.platform.accreditation.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.routing.Assignment;
import org.inclusivecities.platform.routing.RoutingResult;
import org.inclusivecities.platform.routing.Unrouted;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The outcome of a routing run as the proposal page shows it: whether it is proven optimal (and, when not, how far
 * from the optimum it can be: the gap to the proven bound), each staffed request with its proposed reviewers
 * explained (flagged when no reviewer reads the request's language), and each unstaffed request with the rule that
 * blocks it.
 */
@Component
class ProposalModel {

	private final RequestsInReview requests;

	private final Names names;

	private final Wording wording;

	ProposalModel(RequestsInReview requests, Names names, Wording wording) {
		this.requests = requests;
		this.names = names;
		this.wording = wording;
	}

	void fill(RoutingResult result, Model model, Locale locale) {
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
			// the preference cost's language term: no shared language with any of the request's languages
			boolean unread = !r.getLanguages().isEmpty() && result.assignmentsOf(r.getId())
				.stream()
				.allMatch(a -> a.costTerms().containsKey("language-mismatch"));
			proposals.add(new Proposal(r.getId(), lookup.city(r.getCityId()), r.getRound(), reviewers,
					unread ? String.join(", ", new java.util.TreeSet<>(r.getLanguages())) : null));
		});
		List<Blocked> blocked = new ArrayList<>();
		for (Unrouted u : result.unrouted()) {
			AccreditationRequest r = byId.get(u.requestId());
			blocked.add(new Blocked(u.requestId(), r == null ? u.requestId() : lookup.city(r.getCityId()),
					u.reason().name(), wording.blockingRule(u, locale), wording.unrouted(u, locale)));
		}
		model.addAttribute("outcome", result.outcome().name());
		model.addAttribute("cost", result.cost());
		model.addAttribute("bound", result.bound());
		model.addAttribute("gap", result.gap());
		model.addAttribute("proposals", proposals);
		model.addAttribute("blocked", blocked);
	}

	/**
	 * A request routing staffed, with its proposed reviewers; {@code unreadLanguages}: the request's languages when
	 * no proposed reviewer reads any of them (the panel is flagged), else null.
	 */
	record Proposal(String requestId, String city, int round, List<ProposedReviewer> reviewers,
			String unreadLanguages) {
	}

	/** One proposed reviewer with the explanation in words. */
	record ProposedReviewer(String name, String city, long cost, List<String> explanation) {
	}

	/** A request routing could not staff: the reason, the rule that removed most reviewers, every line. */
	record Blocked(String requestId, String city, String reason, String blockingRule, List<String> lines) {
	}

}

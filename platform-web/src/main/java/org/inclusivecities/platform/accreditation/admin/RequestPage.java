package org.inclusivecities.platform.accreditation.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AuditEntry;
import org.inclusivecities.platform.request.Conditions;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.ReviewViews.SecretariatView;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.request.SeatFlags;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.routing.PanelLanguage;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the request detail page: the city, the frozen snapshot, the seats with their explanations (and the
 * pool to swap from while proposed), the scores per criterion with disagreements, and the audit trail.
 */
@Component
class RequestPage {

	private final Reviews reviews;

	private final ReviewerPool pool;

	private final Names names;

	private final Wording wording;

	private final MessageSource messages;

	private final Conditions conditions;

	private final SeatFlags flags;

	private final FeedbackModel feedback;

	private final AuditDetails details;

	/** Seats that are someone's work on the request. */
	private static final Set<SeatStatus> LIVE = java.util.EnumSet.of(SeatStatus.PROPOSED, SeatStatus.INVITED,
			SeatStatus.ACCEPTED, SeatStatus.SUBMITTED);

	/** Statuses in which the secretariat may change who reviews. */
	static final Set<RequestStatus> STAFFED = java.util.EnumSet.of(RequestStatus.PROPOSED, RequestStatus.IN_REVIEW,
			RequestStatus.REVIEWED);

	RequestPage(Reviews reviews, ReviewerPool pool, Names names, Wording wording, MessageSource messages,
			Conditions conditions, SeatFlags flags, FeedbackModel feedback, AuditDetails details) {
		this.details = details;
		this.feedback = feedback;
		this.flags = flags;
		this.conditions = conditions;
		this.reviews = reviews;
		this.pool = pool;
		this.names = names;
		this.wording = wording;
		this.messages = messages;
	}

	String show(String actorId, String requestId, Model model, Locale locale) {
		SecretariatView view = reviews.secretariatView(actorId, requestId);
		AccreditationRequest request = view.request();
		boolean staffed = STAFFED.contains(request.getStatus());
		List<ReviewerNomination> nominations = staffed ? firstNominationPerPerson() : List.of();
		Set<String> personIds = new HashSet<>();
		Set<String> cityIds = new HashSet<>();
		cityIds.add(request.getCityId());
		request.getSeats().forEach(s -> {
			personIds.add(s.reviewerId());
			cityIds.add(s.reviewerCityId());
		});
		request.getAudit().forEach(a -> {
			personIds.add(a.actorId());
			if (NAMES_REVIEWER.contains(a.action()) && a.detail() != null) {
				personIds.add(a.detail().split(" ")[0]);
			}
		});
		request.discussion().forEach(p -> personIds.add(p.authorId()));
		nominations.forEach(n -> {
			personIds.add(n.getPersonId());
			cityIds.add(n.getCityId());
		});
		if (request.getDecision() != null) {
			personIds.add(request.getDecision().decidedBy());
		}
		Names.Lookup lookup = names.of(personIds, cityIds);

		List<Seat> current = request.currentSeats().stream().map(s -> seat(s, lookup, locale)).toList();
		List<Seat> earlier = request.getSeats()
			.stream()
			.filter(s -> s.round() < request.getRound())
			.map(s -> seat(s, lookup, locale))
			.toList();
		Set<String> seated = new HashSet<>(request.currentSeats().stream().map(ReviewerSeat::reviewerId).toList());
		List<Choice> choices = nominations.stream()
			.filter(n -> !seated.contains(n.getPersonId()))
			.map(n -> new Choice(n.getPersonId(), lookup.person(n.getPersonId()) + " (" + lookup.city(n.getCityId()) + ")"))
			.sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<ReviewerSeat> scored = request.currentSeats().stream().filter(s -> s.scorecard() != null).toList();

		model.addAttribute("request", request);
		model.addAttribute("city", lookup.city(request.getCityId()));
		model.addAttribute("citySlug", lookup.cities().containsKey(request.getCityId())
				? lookup.cities().get(request.getCityId()).getSlug() : null);
		model.addAttribute("snapshot", snapshot(request.getSnapshot().document(), locale));
		model.addAttribute("seats", current);
		model.addAttribute("earlierSeats", earlier);
		model.addAttribute("choices", choices);
		Map<String, String> broken = new LinkedHashMap<>();
		if (request.getStatus().open()) {
			flags.brokenSeats(requestId)
				.forEach(b -> broken.merge(b.reviewerId(), wording.rule(b.ruleId(), locale), (a, c) -> a + "; " + c));
		}
		model.addAttribute("broken", broken);
		model.addAttribute("languageUnread", languageUnread(request));
		model.addAttribute("brokenNames", broken.keySet().stream().map(lookup::person).toList());
		model.addAttribute("staffed", staffed);
		model.addAttribute("scorers", scored.stream().map(s -> lookup.person(s.reviewerId())).toList());
		model.addAttribute("scores", scores(scored, view.disagreements()));
		model.addAttribute("scorecards", scored.stream()
			.map(s -> new Card(lookup.person(s.reviewerId()), lookup.city(s.reviewerCityId()), s.scorecard()))
			.toList());
		List<String> conditionIds = request.getDecision() == null ? List.of()
				: request.getDecision().conditions().stream().map(Decision.Condition::id).toList();
		model.addAttribute("audit",
				request.getAudit().stream().map(a -> audit(a, lookup, conditionIds, locale)).toList());
		model.addAttribute("decidedBy",
				request.getDecision() == null ? null : lookup.person(request.getDecision().decidedBy()));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.empty());
		}
		model.addAttribute("conditionRows", DecisionForm.ROWS);
		model.addAttribute("conditionsToday", conditions.today());
		feedback.add(request, lookup, model, locale);
		model.addAttribute("appeal", request.appeal().map(a -> audit(a, lookup, conditionIds, locale)).orElse(null));
		if (!model.containsAttribute("conditionNotes")) {
			model.addAttribute("conditionNotes", Map.of());
		}
		return "accreditation/admin/request";
	}

	/**
	 * The request's languages when its live panel has reviewers and none of them reads any of them (by the
	 * languages of their active nominations), else null.
	 */
	private String languageUnread(AccreditationRequest request) {
		List<ReviewerSeat> live = request.currentSeats().stream().filter(s -> LIVE.contains(s.status())).toList();
		if (live.isEmpty()) {
			return null;
		}
		Map<String, Set<String>> languages = new java.util.HashMap<>();
		pool.activeReviewers()
			.forEach(n -> languages.computeIfAbsent(n.getPersonId(), k -> new HashSet<>()).addAll(n.getLanguages()));
		boolean unread = PanelLanguage.unread(
				live.stream().map(s -> languages.getOrDefault(s.reviewerId(), Set.of())).toList(),
				request.getLanguages());
		return unread ? String.join(", ", new java.util.TreeSet<>(request.getLanguages())) : null;
	}

	/** Routing's candidates: each person once, by their first active nomination (as routing reads the pool). */
	private List<ReviewerNomination> firstNominationPerPerson() {
		Map<String, ReviewerNomination> first = new LinkedHashMap<>();
		pool.activeReviewers()
			.stream()
			.sorted(Comparator.comparing(ReviewerNomination::getNominatedAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(n -> first.putIfAbsent(n.getPersonId(), n));
		return List.copyOf(first.values());
	}

	private Seat seat(ReviewerSeat seat, Names.Lookup lookup, Locale locale) {
		return new Seat(seat.reviewerId(), lookup.person(seat.reviewerId()), lookup.city(seat.reviewerCityId()),
				seat.round(), seat.status().name(), seat.invitedAt(), seat.respondBy(), seat.declineReason(),
				wording.explanation(seat.costTerms(), locale), "incoming-" + seat.reviewerId(),
				LIVE.contains(seat.status()));
	}

	private static List<ScoreRow> scores(List<ReviewerSeat> scored, List<Criterion> disagreements) {
		List<ScoreRow> rows = new ArrayList<>();
		if (scored.isEmpty()) {
			return rows;
		}
		for (Criterion criterion : Criterion.values()) {
			List<Integer> values = scored.stream()
				.map(s -> s.scorecard().scores().stream().filter(c -> c.criterion() == criterion)
					.map(CriterionScore::score).findFirst().orElse(null))
				.toList();
			double mean = values.stream().filter(v -> v != null).mapToInt(Integer::intValue).average().orElse(0);
			rows.add(new ScoreRow(criterion.name(), values, String.format(Locale.ROOT, "%.1f", mean),
					disagreements.contains(criterion)));
		}
		return rows;
	}

	private List<SnapshotPart> snapshot(Map<String, Object> document, Locale locale) {
		List<SnapshotPart> parts = new ArrayList<>();
		document.forEach((key, value) -> {
			String name = messages.getMessage("reviewAdmin.snapshot.part." + key, null, key, locale);
			if (value instanceof Map<?, ?> map) {
				long filled = map.values().stream().filter(v -> v != null && !"".equals(v)).count();
				parts.add(new SnapshotPart(name, null, filled));
			}
			else if (value instanceof Collection<?> items) {
				parts.add(new SnapshotPart(name, null, items.size()));
			}
			else {
				String text = String.valueOf(value);
				parts.add(new SnapshotPart(name, text.length() > 200 ? text.substring(0, 200) + "…" : text, null));
			}
		});
		return parts;
	}

	private Audit audit(AuditEntry entry, Names.Lookup lookup, List<String> conditionIds, Locale locale) {
		String actor = "system".equals(entry.actorId())
				? messages.getMessage("reviewAdmin.audit.system", null, locale) : lookup.person(entry.actorId());
		return new Audit(entry.at(), actor, wording.action(entry.action(), locale),
				detail(entry, lookup, conditionIds, locale));
	}

	/** Audit actions whose detail starts with the reviewer's id: shown with the reviewer's name instead. */
	private static final Set<String> NAMES_REVIEWER = Set.of("seat-removed", "seat-filled", "seat-flagged",
			"invitation-extended");

	private String detail(AuditEntry entry, Names.Lookup lookup, List<String> conditionIds, Locale locale) {
		if (!NAMES_REVIEWER.contains(entry.action()) || entry.detail() == null) {
			return details.say(entry.action(), entry.detail(), conditionIds, locale);
		}
		String[] parts = entry.detail().split(" ", 2);
		String name = lookup.person(parts[0]);
		if (parts.length == 1) {
			return name;
		}
		String rest = "seat-flagged".equals(entry.action()) ? wording.rule(parts[1], locale)
				: messages.getMessage("reviewAdmin.audit.until", new Object[] { details.day(parts[1], locale) }, locale);
		return name + ": " + rest;
	}

	/** A seat as the page shows it; {@code field} is the id of its swap select. */
	record Seat(String reviewerId, String name, String city, int round, String status, Instant invitedAt,
			Instant respondBy, String declineReason, List<String> explanation, String field, boolean live) {
	}

	/** A pool reviewer to swap in. */
	record Choice(String id, String label) {
	}

	/** One criterion: each reviewer's score (in the order of the scorers), the mean, whether they disagree. */
	record ScoreRow(String criterion, List<Integer> values, String mean, boolean disagreement) {
	}

	/** A submitted scorecard with its reviewer. */
	record Card(String reviewer, String city, org.inclusivecities.platform.scoring.Scorecard scorecard) {
	}

	/** A part of the frozen plan: either a short text or a number of filled fields/items. */
	record SnapshotPart(String name, String text, Number count) {
	}

	/** One audit line for the table. */
	record Audit(Instant at, String actor, String action, String detail) {
	}

}

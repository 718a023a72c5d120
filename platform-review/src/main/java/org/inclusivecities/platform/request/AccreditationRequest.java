package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.request.RequestErrors.AlreadySubmitted;
import org.inclusivecities.platform.request.RequestErrors.AppealNotAllowed;
import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;
import org.inclusivecities.platform.scoring.Scorecard;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's request for accreditation (tenant document). Reviewer seats, decision and audit trail are inside,
 * so every step is one atomic single-document write guarded by the version. Methods refuse invalid moves.
 */
@Document("accreditationRequests")
@CompoundIndex(name = "city_status", def = "{'cityId': 1, 'status': 1}")
@CompoundIndex(name = "reviewer", def = "{'seats.reviewerId': 1, 'status': 1}")
@CompoundIndex(name = "code", def = "{'decision.certificateCode': 1}", sparse = true)
@CompoundIndex(name = "replaced_code", def = "{'replacedDecisions.decision.certificateCode': 1}", sparse = true)
public class AccreditationRequest {

	@Id
	private String id;

	private String cityId;

	private RequestStatus status;

	private PlanSnapshot snapshot;

	private Set<String> languages;

	/** The city asked that every reviewer reads one of {@link #languages} (a hard rule of routing). */
	private boolean languageRequired;

	private Set<String> topics;

	private Period reviewPeriod;

	private int round = 1;

	private int reviewersRequired;

	private boolean appealed;

	private List<ReviewerSeat> seats = new ArrayList<>();

	private Decision decision;

	/** Accrediting decisions an appeal's new decision took the place of, oldest first (their certificates say so). */
	private List<ReplacedDecision> replacedDecisions = new ArrayList<>();

	/** The secretariat revoked the certificates listed here (by code). */
	private List<Revocation> revocations = new ArrayList<>();

	private List<Integer> remindersSent = new ArrayList<>();

	private List<String> reviewRemindersSent = new ArrayList<>();

	private List<String> flags = new ArrayList<>();

	private List<AuditEntry> audit = new ArrayList<>();

	private List<MetaReview> metaReviews = new ArrayList<>();

	private List<DiscussionPost> discussion = new ArrayList<>();

	private Instant submittedAt;

	private String previousRequestId;

	@Version
	private Long version;

	AccreditationRequest() {
	}

	static AccreditationRequest submit(String cityId, PlanSnapshot snapshot, Set<String> languages,
			Set<String> topics, Period reviewPeriod, int reviewersRequired, String actorId, Instant at) {
		return submit(null, cityId, snapshot, languages, topics, reviewPeriod, reviewersRequired, actorId, at);
	}

	/** With the id chosen up front, so files stored before the request is saved can already name it. */
	static AccreditationRequest submit(String id, String cityId, PlanSnapshot snapshot, Set<String> languages,
			Set<String> topics, Period reviewPeriod, int reviewersRequired, String actorId, Instant at) {
		AccreditationRequest request = new AccreditationRequest();
		request.id = id;
		request.reviewersRequired = reviewersRequired;
		request.cityId = cityId;
		request.status = RequestStatus.AWAITING_REVIEWERS;
		request.snapshot = snapshot;
		request.languages = Set.copyOf(languages);
		request.topics = Set.copyOf(topics);
		request.reviewPeriod = reviewPeriod;
		request.submittedAt = at;
		request.audit.add(new AuditEntry(actorId, at, "submitted", "plan version " + snapshot.planVersion()));
		return request;
	}

	/**
	 * This request is the city's resubmission after a "not yet" on {@code previous}: what changed is read against
	 * that request's frozen plan. Refused for a request of another city or one that was not decided "not yet".
	 */
	void follows(AccreditationRequest previous) {
		if (previous.status != RequestStatus.DECIDED || previous.decision == null || previous.decision.accredits()
				|| !previous.cityId.equals(cityId)) {
			throw new InvalidRequestTransition(previous.id, previous.status, "resubmit");
		}
		previousRequestId = previous.id;
		audit.add(new AuditEntry(audit.getFirst().actorId(), submittedAt, "resubmission", previous.id));
	}

	/** Routing proposed these reviewers (replacing any earlier proposal of this round). */
	void propose(List<ReviewerSeat> proposal, String actorId, Instant at) {
		move(RequestStatus.PROPOSED, "propose reviewers");
		seats.removeIf(seat -> seat.round() == round && seat.status() == SeatStatus.PROPOSED);
		seats.addAll(proposal);
		audit.add(new AuditEntry(actorId, at, "assignment", proposal.size() + " reviewers proposed, round " + round));
	}

	void swap(String outgoing, ReviewerSeat incoming, String actorId, Instant at) {
		require(RequestStatus.PROPOSED, "swap reviewers");
		int index = indexOf(outgoing, SeatStatus.PROPOSED);
		if (index < 0) {
			throw new RequestErrors.SwapRefused("not-proposed");
		}
		seats.set(index, incoming);
		audit.add(new AuditEntry(actorId, at, "swap", "seat " + index + " replaced"));
	}

	void confirm(Instant respondBy, String actorId, Instant at) {
		move(RequestStatus.IN_REVIEW, "confirm reviewers");
		updateSeats(s -> s.round() == round && s.status() == SeatStatus.PROPOSED ? s.invited(at, respondBy) : s);
		audit.add(new AuditEntry(actorId, at, "confirmed", "invitations sent, round " + round));
	}

	void accept(String reviewerId, Instant at) {
		int index = openSeat(reviewerId);
		if (seats.get(index).status() != SeatStatus.INVITED) {
			throw new InvalidRequestTransition(id, status, "accept twice");
		}
		seats.set(index, seats.get(index).with(SeatStatus.ACCEPTED, null));
		audit.add(new AuditEntry(reviewerId, at, "accepted", null));
	}

	void decline(String reviewerId, String reason, Instant at) {
		int index = openSeat(reviewerId);
		seats.set(index, seats.get(index).with(SeatStatus.DECLINED, reason));
		audit.add(new AuditEntry(reviewerId, at, "decline", "seat " + index));
	}

	/** ReviewInvitations past their soft deadline without an answer expire. Returns how many did. */
	int expireInvitations(Instant now) {
		int expired = 0;
		for (int i = 0; i < seats.size(); i++) {
			ReviewerSeat seat = seats.get(i);
			if (seat.status() == SeatStatus.INVITED && seat.respondBy() != null && !now.isBefore(seat.respondBy())) {
				seats.set(i, seat.with(SeatStatus.EXPIRED, null));
				audit.add(new AuditEntry("system", now, "expired", "seat " + i));
				expired++;
			}
		}
		return expired;
	}

	/** How many of the required seats of this round have nobody (declined or expired, not replaced). */
	long vacancies() {
		long taken = seats.stream()
			.filter(s -> s.round() == round && (s.status().open() || s.status() == SeatStatus.SUBMITTED))
			.count();
		return status == RequestStatus.IN_REVIEW ? Math.max(0, reviewersRequired - taken) : 0;
	}

	void reassign(ReviewerSeat replacement, Instant respondBy, Instant at) {
		require(RequestStatus.IN_REVIEW, "reassign");
		seats.add(replacement.invited(at, respondBy));
		audit.add(new AuditEntry("system", at, "reassignment", "new reviewer invited, round " + round));
	}

	void submitReview(String reviewerId, Scorecard card) {
		require(RequestStatus.IN_REVIEW, "submit a review");
		int index = -1;
		for (int i = 0; i < seats.size(); i++) {
			ReviewerSeat seat = seats.get(i);
			if (seat.reviewerId().equals(reviewerId) && seat.round() == round) {
				if (seat.status() == SeatStatus.SUBMITTED) {
					throw new AlreadySubmitted(id);
				}
				if (seat.status().open()) {
					index = i;
				}
			}
		}
		if (index < 0) {
			throw new NotYourInvitation(id);
		}
		seats.set(index, seats.get(index).submitted(card));
		audit.add(new AuditEntry(reviewerId, card.submittedAt(), "score-submission", "round " + round));
		long submitted = seats.stream()
			.filter(s -> s.round() == round && s.status() == SeatStatus.SUBMITTED)
			.count();
		if (submitted >= reviewersRequired) {
			move(RequestStatus.REVIEWED, "complete reviews");
		}
	}

	/**
	 * The secretariat's meta-review of the current round: written, and rewritten, only while every review is in and
	 * the decision is not taken yet.
	 */
	void writeMetaReview(String text, String actorId, Instant at) {
		require(RequestStatus.REVIEWED, "write the meta-review");
		if (metaReviews == null) {
			metaReviews = new ArrayList<>();
		}
		boolean rewritten = metaReviews.removeIf(m -> m.round() == round);
		metaReviews.add(new MetaReview(round, text, actorId, at));
		audit.add(new AuditEntry(actorId, at, rewritten ? "meta-review-revised" : "meta-review", "round " + round));
	}

	/**
	 * Keeps the reviewer's unfinished scorecard on their accepted seat of this round, while the review is under way;
	 * nobody else sees it, and submitting replaces it with the review.
	 */
	void saveDraft(String reviewerId, Scorecard draft) {
		require(RequestStatus.IN_REVIEW, "save a draft");
		int index = -1;
		for (int i = 0; i < seats.size(); i++) {
			ReviewerSeat seat = seats.get(i);
			if (seat.reviewerId().equals(reviewerId) && seat.round() == round && seat.status() == SeatStatus.ACCEPTED) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotYourInvitation(id);
		}
		seats.set(index, seats.get(index).drafted(draft));
	}

	/**
	 * The reviewer changes their submitted review of this round, until the decision (also once every review is in:
	 * the request stays reviewed).
	 */
	void reviseReview(String reviewerId, Scorecard card) {
		if (status != RequestStatus.IN_REVIEW && status != RequestStatus.REVIEWED) {
			throw new InvalidRequestTransition(id, status, "revise a review");
		}
		int index = -1;
		for (int i = 0; i < seats.size(); i++) {
			ReviewerSeat seat = seats.get(i);
			if (seat.reviewerId().equals(reviewerId) && seat.round() == round && seat.status() == SeatStatus.SUBMITTED) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotYourInvitation(id);
		}
		seats.set(index, seats.get(index).submitted(card));
		audit.add(new AuditEntry(reviewerId, card.submittedAt(), "score-revision", "round " + round));
	}

	/**
	 * A message in the round's discussion, while the review is under way or waits for the decision: by the
	 * secretariat, or by a reviewer of this round once their own review is submitted (so nobody is swayed before
	 * scoring); anyone else has no seat here.
	 */
	void discuss(String authorId, boolean bySecretariat, String text, Instant at) {
		if (status != RequestStatus.IN_REVIEW && status != RequestStatus.REVIEWED) {
			throw new InvalidRequestTransition(id, status, "discuss");
		}
		if (!bySecretariat && !mayReadDiscussion(authorId)) {
			boolean seated = currentSeats().stream()
				.anyMatch(s -> s.reviewerId().equals(authorId) && s.status().open());
			if (!seated) {
				throw new NotYourInvitation(id);
			}
			throw new RequestErrors.DiscussionNotYet(id);
		}
		if (discussion == null) {
			discussion = new ArrayList<>();
		}
		discussion.add(new DiscussionPost(round, authorId, bySecretariat, text, at));
		audit.add(new AuditEntry(authorId, at, "discussion-post", "round " + round));
	}

	/** A reviewer of this round reads (and writes in) the discussion once their own review is submitted. */
	public boolean mayReadDiscussion(String reviewerId) {
		return currentSeats().stream()
			.anyMatch(s -> s.reviewerId().equals(reviewerId) && s.status() == SeatStatus.SUBMITTED);
	}

	/** The current round's discussion, oldest first. */
	public List<DiscussionPost> discussion() {
		return discussion == null ? List.of() : discussion.stream().filter(p -> p.round() == round).toList();
	}

	void decide(Decision made) {
		move(RequestStatus.DECIDED, "decide");
		if (decision != null && decision.accredits()) {
			if (replacedDecisions == null) {
				replacedDecisions = new ArrayList<>();
			}
			replacedDecisions.add(new ReplacedDecision(decision, made.decidedAt()));
		}
		this.decision = made;
		audit.add(new AuditEntry(made.decidedBy(), made.decidedAt(), "decision", made.outcome().name()));
	}

	/** One appeal per request: a new round with new reviewers (the earlier ones are excluded by routing). */
	void appeal(String actorId, String reason, Instant at) {
		if (appealed) {
			throw new AppealNotAllowed("appeal.already-used");
		}
		if (status != RequestStatus.DECIDED) {
			throw new InvalidRequestTransition(id, status, "appeal");
		}
		move(RequestStatus.AWAITING_REVIEWERS, "appeal");
		appealed = true;
		round++;
		audit.add(new AuditEntry(actorId, at, "appeal", reason));
	}

	/** The secretariat records that a condition of the standing decision is met, on a day, with a note. */
	void meetCondition(String conditionId, String note, String actorId, java.time.LocalDate day, Instant at) {
		if (status != RequestStatus.DECIDED || decision == null) {
			throw new InvalidRequestTransition(id, status, "mark a condition met");
		}
		Decision.Condition condition = decision.condition(conditionId)
			.orElseThrow(() -> new RequestErrors.ConditionNotFound(conditionId));
		if (condition.met()) {
			throw new RequestErrors.ConditionAlreadyMet(conditionId);
		}
		decision = decision.with(condition.metOn(day, note, actorId));
		audit.add(new AuditEntry(actorId, at, "condition-met", conditionId + ": " + note));
	}

	/**
	 * The city reports a condition of the standing decision done, on a day, with its evidence (reported again, the
	 * newer evidence replaces the earlier); the secretariat then confirms it met. A condition already met is refused.
	 */
	void reportCondition(String conditionId, String evidence, String actorId, java.time.LocalDate day, Instant at) {
		if (status != RequestStatus.DECIDED || decision == null) {
			throw new InvalidRequestTransition(id, status, "report a condition done");
		}
		Decision.Condition condition = decision.condition(conditionId)
			.orElseThrow(() -> new RequestErrors.ConditionNotFound(conditionId));
		if (condition.met()) {
			throw new RequestErrors.ConditionAlreadyMet(conditionId);
		}
		decision = decision.with(condition.reportedOn(day, evidence, actorId));
		audit.add(new AuditEntry(actorId, at, "condition-reported", conditionId));
	}

	/**
	 * Open conditions of the standing decision that fall due within {@code daysAhead} days of {@code today} (not yet
	 * past due) and whose city was not reminded yet; marks them reminded.
	 */
	List<Decision.Condition> remindConditions(java.time.LocalDate today, int daysAhead, Instant at) {
		if (status != RequestStatus.DECIDED || decision == null) {
			return List.of();
		}
		List<Decision.Condition> due = decision.conditions()
			.stream()
			.filter(c -> !c.met() && !c.reported() && c.remindedOn() == null && c.dueBy() != null)
			.filter(c -> !today.isBefore(c.dueBy().minusDays(daysAhead)) && !today.isAfter(c.dueBy()))
			.toList();
		for (Decision.Condition c : due) {
			decision = decision.with(c.remindedOn(today));
			audit.add(new AuditEntry("system", at, "condition-reminder", c.id()));
		}
		return due;
	}

	/**
	 * The secretariat revokes the certificate of the standing accreditation, with a reason (audited) and, if given, a
	 * reason the public verification page shows. Refused unless decided with an accreditation not revoked yet.
	 */
	void revoke(String reason, String publicReason, String actorId, Instant at) {
		if (status != RequestStatus.DECIDED || decision == null || !decision.accredits()) {
			throw new InvalidRequestTransition(id, status, "revoke the certificate");
		}
		if (revocation(decision.certificateCode()).isPresent()) {
			throw new RequestErrors.AlreadyRevoked(decision.certificateCode());
		}
		if (revocations == null) {
			revocations = new ArrayList<>();
		}
		revocations.add(new Revocation(decision.certificateCode(), at, actorId, reason, publicReason));
		audit.add(new AuditEntry(actorId, at, "certificate-revoked", reason));
	}

	/** The revocation of this request's certificate with this code, if it was revoked. */
	public java.util.Optional<Revocation> revocation(String code) {
		return revocations == null ? java.util.Optional.empty()
				: revocations.stream().filter(r -> r.certificateCode().equals(code)).findFirst();
	}

	/** The accrediting decisions an appeal replaced, oldest first. */
	public List<ReplacedDecision> getReplacedDecisions() {
		return replacedDecisions == null ? List.of() : List.copyOf(replacedDecisions);
	}

	/** The city's appeal (who, when, why), if it used it. */
	public java.util.Optional<AuditEntry> appeal() {
		return audit.stream().filter(a -> "appeal".equals(a.action())).findFirst();
	}

	void reminded(int monthsAhead, Instant at) {
		remindersSent.add(monthsAhead);
		audit.add(new AuditEntry("system", at, "renewal-reminder", monthsAhead + " months ahead"));
	}

	/**
	 * Records a review-deadline reminder to a reviewer of the current round; false when that reviewer was already
	 * reminded in this round (so the reminder goes out once).
	 */
	boolean remindReviewer(String reviewerId, Instant at) {
		String key = round + ":" + reviewerId;
		if (reviewRemindersSent == null) {
			reviewRemindersSent = new ArrayList<>();
		}
		if (reviewRemindersSent.contains(key)) {
			return false;
		}
		reviewRemindersSent.add(key);
		audit.add(new AuditEntry("system", at, "review-reminder", "round " + round));
		return true;
	}

	/** The secretariat reminded the reviewers of this round who have not submitted, now. */
	void remindedNow(String actorId, int reviewers, Instant at) {
		audit.add(new AuditEntry(actorId, at, "review-reminder", String.valueOf(reviewers)));
	}

	/** Withdrawn by the city or the secretariat before a decision, with the reason given. */
	void withdraw(String actorId, String reason, Instant at) {
		move(RequestStatus.WITHDRAWN, "withdraw");
		audit.add(new AuditEntry(actorId, at, "withdrawn", reason));
	}

	/**
	 * The secretariat takes a reviewer off the current round (proposed, invited, accepted or submitted; a
	 * submitted scorecard no longer counts). The seat becomes vacant: reassignment fills it while in review.
	 */
	void removeSeat(String reviewerId, String actorId, Instant at) {
		if (!status.open() || status == RequestStatus.AWAITING_REVIEWERS) {
			throw new InvalidRequestTransition(id, status, "remove a reviewer");
		}
		int index = liveSeat(reviewerId);
		seats.set(index, seats.get(index).with(SeatStatus.REMOVED, null));
		if (status == RequestStatus.REVIEWED) {
			move(RequestStatus.IN_REVIEW, "remove a reviewer");
		}
		audit.add(new AuditEntry(actorId, at, "seat-removed", reviewerId));
	}

	/**
	 * Puts another reviewer in a removed reviewer's place: proposed while the proposal is not confirmed, else
	 * invited at once with the given deadline to answer.
	 */
	void replaceSeat(String outgoing, ReviewerSeat incoming, Instant respondBy, String actorId, Instant at) {
		removeSeat(outgoing, actorId, at);
		fillSeat(incoming, respondBy, actorId, at);
	}

	/** A new reviewer in a vacant seat of this round: proposed before confirmation, else invited at once. */
	void fillSeat(ReviewerSeat incoming, Instant respondBy, String actorId, Instant at) {
		if (status != RequestStatus.PROPOSED && status != RequestStatus.IN_REVIEW) {
			throw new InvalidRequestTransition(id, status, "seat a reviewer");
		}
		seats.add(status == RequestStatus.PROPOSED ? incoming : incoming.invited(at, respondBy));
		audit.add(new AuditEntry(actorId, at, "seat-filled", incoming.reviewerId()));
	}

	/** A request that is not stored: what a city's next request would look like to the rules (conflict check). */
	static AccreditationRequest hypothetical(String cityId, Period reviewPeriod) {
		AccreditationRequest request = new AccreditationRequest();
		request.cityId = cityId;
		request.reviewPeriod = reviewPeriod;
		request.status = RequestStatus.AWAITING_REVIEWERS;
		return request;
	}

	/** More time for an invited reviewer to answer. */
	void extendInvitation(String reviewerId, Instant respondBy, String actorId, Instant at) {
		require(RequestStatus.IN_REVIEW, "extend an invitation");
		int index = liveSeat(reviewerId);
		ReviewerSeat seat = seats.get(index);
		if (seat.status() != SeatStatus.INVITED || respondBy == null || !respondBy.isAfter(at)) {
			throw new RequestErrors.InvalidInput(List.of("reviewAdmin.extend.error.seat"));
		}
		seats.set(index, seat.withRespondBy(respondBy));
		audit.add(new AuditEntry(actorId, at, "invitation-extended", reviewerId + " " + respondBy));
	}

	/** A later end of the review period (the reviews' due date); the start stays. */
	void extendReview(java.time.LocalDate until, String actorId, Instant at) {
		if (!status.open()) {
			throw new InvalidRequestTransition(id, status, "extend the review");
		}
		if (until == null || reviewPeriod == null || !until.isAfter(reviewPeriod.to())) {
			throw new RequestErrors.InvalidInput(List.of("reviewAdmin.extend.error.review"));
		}
		reviewPeriod = new Period(reviewPeriod.from(), until);
		audit.add(new AuditEntry(actorId, at, "review-extended", until.toString()));
	}

	/**
	 * Records that a change elsewhere made this reviewer's live seat break a rule; false when that seat was already
	 * flagged for that rule (so the secretariat is told once).
	 */
	boolean flag(String reviewerId, String ruleId, Instant at) {
		String key = round + ":" + reviewerId + ":" + ruleId;
		if (flags == null) {
			flags = new ArrayList<>();
		}
		if (flags.contains(key)) {
			return false;
		}
		flags.add(key);
		audit.add(new AuditEntry("system", at, "seat-flagged", reviewerId + " " + ruleId));
		return true;
	}

	private int liveSeat(String reviewerId) {
		for (int i = 0; i < seats.size(); i++) {
			ReviewerSeat seat = seats.get(i);
			if (seat.reviewerId().equals(reviewerId) && seat.round() == round && Network.LIVE.contains(seat.status())) {
				return i;
			}
		}
		throw new RequestErrors.SwapRefused("not-seated");
	}

	private int openSeat(String reviewerId) {
		if (status != RequestStatus.IN_REVIEW) {
			throw new NotYourInvitation(id);
		}
		for (int i = 0; i < seats.size(); i++) {
			ReviewerSeat seat = seats.get(i);
			if (seat.reviewerId().equals(reviewerId) && seat.round() == round && seat.status().open()) {
				return i;
			}
		}
		throw new NotYourInvitation(id);
	}

	private int indexOf(String reviewerId, SeatStatus wanted) {
		for (int i = 0; i < seats.size(); i++) {
			if (seats.get(i).reviewerId().equals(reviewerId) && seats.get(i).status() == wanted
					&& seats.get(i).round() == round) {
				return i;
			}
		}
		return -1;
	}

	private void updateSeats(UnaryOperator<ReviewerSeat> change) {
		seats.replaceAll(change);
	}

	private void require(RequestStatus expected, String action) {
		if (status != expected) {
			throw new InvalidRequestTransition(id, status, action);
		}
	}

	private void move(RequestStatus next, String action) {
		if (!status.next().contains(next)) {
			throw new InvalidRequestTransition(id, status, action);
		}
		status = next;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public PlanSnapshot getSnapshot() {
		return snapshot;
	}

	/** The request's languages; none for a hypothetical request (the conflict check) or a document stored before. */
	public Set<String> getLanguages() {
		return languages == null ? Set.of() : languages;
	}

	public boolean isLanguageRequired() {
		return languageRequired;
	}

	/** The city's choice when it files the request: reviewers must read one of its languages. */
	void requireLanguage(boolean required) {
		languageRequired = required;
	}

	public Set<String> getTopics() {
		return topics;
	}

	public Period getReviewPeriod() {
		return reviewPeriod;
	}

	public int getRound() {
		return round;
	}

	public int getReviewersRequired() {
		return reviewersRequired;
	}

	public boolean isAppealed() {
		return appealed;
	}

	public List<ReviewerSeat> getSeats() {
		return List.copyOf(seats);
	}

	public List<ReviewerSeat> currentSeats() {
		return seats.stream().filter(s -> s.round() == round).toList();
	}

	public Decision getDecision() {
		return decision;
	}

	/** The meta-review of the current round, if the secretariat wrote one. */
	public java.util.Optional<MetaReview> metaReview() {
		return metaReviews == null ? java.util.Optional.empty()
				: metaReviews.stream().filter(m -> m.round() == round).findFirst();
	}

	/** The seats flagged to the secretariat, as "round:reviewer:rule". */
	public List<String> getFlags() {
		return flags == null ? List.of() : List.copyOf(flags);
	}

	public List<Integer> getRemindersSent() {
		return List.copyOf(remindersSent);
	}

	public List<AuditEntry> getAudit() {
		return List.copyOf(audit);
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	/** The "not yet" request this one resubmits, or null for a first request. */
	public String getPreviousRequestId() {
		return previousRequestId;
	}

	public Long getVersion() {
		return version;
	}

}

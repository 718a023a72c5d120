package org.inclusivecities.platform.request;

import org.inclusivecities.platform.refusal.Conflict;
import org.inclusivecities.platform.refusal.Forbidden;
import org.inclusivecities.platform.refusal.Invalid;
import org.inclusivecities.platform.refusal.NotFound;

/** Typed failures of the request workflow (each maps to a 404, 403 or 409 at the web edge). */
public final class RequestErrors {

	private RequestErrors() {
	}

	/** No such request for this city or this reviewer (404, never revealing another city's data). */
	public static class RequestNotFound extends NotFound {

		public RequestNotFound(String requestId) {
			super("No request " + requestId, "reviewAdmin.notFound.text");
		}

		@Override
		public String titleKey() {
			return "reviewAdmin.notFound.title";
		}

	}

	/** No routing run with this id on this instance (an unknown id, or one forgotten since). */
	public static class RoutingRunNotFound extends NotFound {

		public RoutingRunNotFound(String runId) {
			super("No routing run " + runId);
		}

	}

	/** The person has no open invitation on this request (acting on someone else's invitation). */
	public static class NotYourInvitation extends NotFound {

		public NotYourInvitation(String requestId) {
			super("No invitation of yours on request " + requestId);
		}

	}

	/** A reviewer submits only once per round. */
	public static class AlreadySubmitted extends Conflict {

		public AlreadySubmitted(String requestId) {
			super("Review already submitted for request " + requestId, "reviewer.conflict.submitted");
		}

		@Override
		public String titleKey() {
			return "reviewer.conflict.title";
		}

	}

	/** A reviewer joins the discussion once their own review is submitted (409). */
	public static class DiscussionNotYet extends Conflict {

		public DiscussionNotYet(String requestId) {
			super("Discussion of request " + requestId + " opens after one's own review", "reviewer.conflict.discussion");
		}

		@Override
		public String titleKey() {
			return "reviewer.conflict.title";
		}

	}

	/** The city is not ready: the missing items are message keys. */
	public static class NotReadyForAccreditation extends Conflict {

		private final java.util.List<String> missing;

		public NotReadyForAccreditation(java.util.List<String> missing) {
			super("Not ready for accreditation: " + missing, missing.isEmpty() ? null : missing.get(0));
			this.missing = java.util.List.copyOf(missing);
		}

		public java.util.List<String> missing() {
			return missing;
		}

	}

	/**
	 * A transition that would leave a live seat breaking a hard rule (409): {@link #ruleId()} says which rule
	 * (message key {@code reviewAdmin.rule.<id>}), {@link #reviewerId()} whose seat, on a request of which city.
	 * Thrown before anything is written.
	 */
	public static class RuleBroken extends Conflict {

		private final String ruleId;

		private final String reviewerId;

		private final String cityId;

		public RuleBroken(String ruleId, String reviewerId, String cityId) {
			this("reviewAdmin.conflict.ruleBroken", ruleId, reviewerId, cityId);
		}

		protected RuleBroken(String reasonKey, String ruleId, String reviewerId, String cityId) {
			super("Refused by rule " + ruleId, reasonKey, new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { "reviewAdmin.rule." + ruleId }, null, ruleId));
			this.ruleId = ruleId;
			this.reviewerId = reviewerId;
			this.cityId = cityId;
		}

		public String ruleId() {
			return ruleId;
		}

		public String reviewerId() {
			return reviewerId;
		}

		public String cityId() {
			return cityId;
		}

	}

	/**
	 * Another transition held the review network (judging and saving its change) for longer than one waits (409):
	 * nothing was written, trying again a moment later works.
	 */
	public static class NetworkBusy extends Conflict {

		public NetworkBusy() {
			super("The review network is busy with another change", "reviewAdmin.conflict.busy");
		}

		@Override
		public String titleKey() {
			return "reviewAdmin.conflict.title";
		}

	}

	/** A manual swap would break a hard rule or cannot be made; {@link #ruleId()} says which. */
	public static class SwapRefused extends RuleBroken {

		public SwapRefused(String ruleId) {
			super("reviewAdmin.swap.error.refused", ruleId, null, null);
		}

	}

	/** The city already used its one appeal for this request. */
	public static class AppealNotAllowed extends Conflict {

		public AppealNotAllowed(String reason) {
			super(reason, reason != null && reason.startsWith("review.appeal.") ? reason : "review.appeal.conflict.used");
		}

		@Override
		public String titleKey() {
			return "review.appeal.conflict.title";
		}

	}

	/** Input that cannot be accepted (e.g. a decline without a reason); problems are message keys. */
	public static class InvalidInput extends Invalid {

		private final java.util.List<String> problems;

		public InvalidInput(java.util.List<String> problems) {
			super("Invalid input: " + problems, null, problems.isEmpty() ? null : problems.get(0));
			this.problems = java.util.List.copyOf(problems);
		}

		public java.util.List<String> problems() {
			return problems;
		}

	}

	/** Only the secretariat (network admins) may do this. */
	public static class SecretariatOnly extends Forbidden {

		public SecretariatOnly() {
			super("Only the secretariat may do this");
		}

	}

	/** No condition with this id on the request's standing decision (404). */
	public static class ConditionNotFound extends NotFound {

		public ConditionNotFound(String conditionId) {
			super("No condition " + conditionId);
		}

	}

	/** The condition was already marked met (409). */
	public static class ConditionAlreadyMet extends Conflict {

		public ConditionAlreadyMet(String conditionId) {
			super("Condition " + conditionId + " is already met", "reviewAdmin.conflict.conditionMet");
		}

		@Override
		public String titleKey() {
			return "reviewAdmin.conflict.title";
		}

	}

	/** The certificate was already revoked (409). */
	public static class AlreadyRevoked extends Conflict {

		public AlreadyRevoked(String code) {
			super("Certificate already revoked", "reviewAdmin.conflict.revoked");
		}

		@Override
		public String titleKey() {
			return "reviewAdmin.conflict.title";
		}

	}

}

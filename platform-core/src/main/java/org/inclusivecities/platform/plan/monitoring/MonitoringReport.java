package org.inclusivecities.platform.plan.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's yearly monitoring report: what became of each activity the plan scheduled for the year (held or not, and
 * why), other activities held, reflection and next steps. Submitted once complete, then reviewed by the secretariat:
 * accepted, or returned with feedback to complete and submit again. Whether it shows on the city's public profile is
 * the city's choice.
 */
@Document("monitoring_reports")
@CompoundIndex(name = "city_year", def = "{ 'cityId': 1, 'year': -1 }", unique = true)
public class MonitoringReport {

	@Id
	private String id;

	private String cityId;

	private int year;

	private List<HeldActivity> held = new ArrayList<>();

	private List<ActivityOutcome> outcomes = new ArrayList<>();

	private String reflection;

	private String nextSteps;

	private Instant submittedAt;

	private String submittedByName;

	private ReportStatus status;

	private List<ReportReview> reviews = new ArrayList<>();

	private boolean publicOnProfile;

	private String changedByName;

	private Instant changedAt;

	@Version
	private Long version;

	MonitoringReport() {
	}

	MonitoringReport(String cityId, int year) {
		this.cityId = cityId;
		this.year = year;
	}

	void write(String reflection, String nextSteps, Editor editor, Instant at) {
		requireEditable();
		this.reflection = Texts.clean("reflection", reflection, Texts.LONG);
		this.nextSteps = Texts.clean("nextSteps", nextSteps, Texts.LONG);
		touch(editor, at);
	}

	void add(HeldActivity activity, Editor editor, Instant at) {
		requireEditable();
		if (held.size() >= 200) {
			throw new InvalidPlanContent("title", "plan.error.tooMany", 200);
		}
		if (activity.date().getYear() != year) {
			throw new InvalidPlanContent("date", "monitoring.error.otherYear", year);
		}
		held.add(activity);
		touch(editor, at);
	}

	/** Records what became of a planned activity, replacing an earlier mark of the same activity. */
	void mark(ActivityOutcome outcome, Editor editor, Instant at) {
		requireEditable();
		outcomes.removeIf(o -> o.activityId().equals(outcome.activityId()));
		if (outcomes.size() >= 200) {
			throw new InvalidPlanContent("activityId", "plan.error.tooMany", 200);
		}
		outcomes.add(outcome);
		touch(editor, at);
	}

	/**
	 * Hands the report in: reflection and next steps written, and every one of the {@code planned} activities of the
	 * year marked as held or not held.
	 */
	void submit(Collection<String> planned, Editor editor, Instant at) {
		requireEditable();
		if (reflection == null || nextSteps == null) {
			throw new InvalidPlanContent(reflection == null ? "reflection" : "nextSteps", "monitoring.error.incomplete");
		}
		long unmarked = planned.stream().filter(id -> outcome(id) == null).count();
		if (unmarked > 0) {
			throw new InvalidPlanContent("outcomes", "monitoring.error.unmarked", unmarked);
		}
		status = ReportStatus.SUBMITTED;
		submittedAt = at;
		submittedByName = editor.displayName();
	}

	/** The secretariat's answer; only a submitted report waits for one. */
	void review(ReportReview review) {
		if (getStatus() != ReportStatus.SUBMITTED) {
			throw new ReportNotAwaitingReview(year);
		}
		reviews.add(review);
		status = review.accepted() ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
	}

	void showOnProfile(boolean show, Editor editor, Instant at) {
		publicOnProfile = show;
		touch(editor, at);
	}

	private void requireEditable() {
		if (!getStatus().editable()) {
			throw new ReportAlreadySubmitted(year);
		}
	}

	private void touch(Editor editor, Instant at) {
		changedByName = editor.displayName();
		changedAt = at;
	}

	/** The mark of a planned activity, or null when it has none yet. */
	public ActivityOutcome outcome(String activityId) {
		return outcomes.stream().filter(o -> o.activityId().equals(activityId)).findFirst().orElse(null);
	}

	public List<ActivityOutcome> getOutcomes() {
		return List.copyOf(outcomes);
	}

	public ReportStatus getStatus() {
		if (status != null) {
			return status;
		}
		return submittedAt == null ? ReportStatus.DRAFT : ReportStatus.SUBMITTED;
	}

	public boolean isEditable() {
		return getStatus().editable();
	}

	/** The secretariat's answers, oldest first. */
	public List<ReportReview> getReviews() {
		return List.copyOf(reviews);
	}

	/** The secretariat's latest answer, or null before the first. */
	public ReportReview getLatestReview() {
		return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
	}

	public boolean isPublicOnProfile() {
		return publicOnProfile;
	}

	public String getCityId() {
		return cityId;
	}

	public int getYear() {
		return year;
	}

	public List<HeldActivity> getHeld() {
		return List.copyOf(held);
	}

	public String getReflection() {
		return reflection;
	}

	public String getNextSteps() {
		return nextSteps;
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedByName() {
		return submittedByName;
	}

	public String getChangedByName() {
		return changedByName;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public Long getVersion() {
		return version;
	}

}

package org.inclusivecities.platform.plan.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A city's yearly monitoring report: what was held, reflection and next steps; submitted once complete. */
@Document("monitoring_reports")
@CompoundIndex(name = "city_year", def = "{ 'cityId': 1, 'year': -1 }", unique = true)
public class MonitoringReport {

	@Id
	private String id;

	private String cityId;

	private int year;

	private List<HeldActivity> held = new ArrayList<>();

	private String reflection;

	private String nextSteps;

	private Instant submittedAt;

	private String submittedByName;

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
		requireDraft();
		this.reflection = Texts.clean("reflection", reflection, Texts.LONG);
		this.nextSteps = Texts.clean("nextSteps", nextSteps, Texts.LONG);
		touch(editor, at);
	}

	void add(HeldActivity activity, Editor editor, Instant at) {
		requireDraft();
		if (held.size() >= 200) {
			throw new InvalidPlanContent("title", "plan.error.tooMany", 200);
		}
		if (activity.date().getYear() != year) {
			throw new InvalidPlanContent("date", "monitoring.error.otherYear", year);
		}
		held.add(activity);
		touch(editor, at);
	}

	void submit(Editor editor, Instant at) {
		requireDraft();
		if (reflection == null || nextSteps == null) {
			throw new InvalidPlanContent(reflection == null ? "reflection" : "nextSteps", "monitoring.error.incomplete");
		}
		submittedAt = at;
		submittedByName = editor.displayName();
	}

	private void requireDraft() {
		if (submittedAt != null) {
			throw new ReportAlreadySubmitted(year);
		}
	}

	private void touch(Editor editor, Instant at) {
		changedByName = editor.displayName();
		changedAt = at;
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

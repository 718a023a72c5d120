package org.inclusivecities.platform.accreditation.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.scoring.Recommendation;

/**
 * The decision form: outcome (ACCREDIT, ACCREDIT_WITH_CONDITIONS, NOT_YET), reasons, condition rows (repeated
 * {@code conditionText} / {@code conditionDue} fields, ISO dates) for an accreditation with conditions, and the
 * improvement plan's rows ({@code improvementText} / {@code improvementDue}: what to change, by when) for "not yet".
 * Never binds the request itself.
 */
record DecisionForm(String outcome, String reasons, List<String> conditionText, List<String> conditionDue,
		List<String> improvementText, List<String> improvementDue) {

	static final int ROWS = 3;

	static final int MAX_TEXT = 4000;

	DecisionForm {
		conditionText = conditionText == null ? List.of() : List.copyOf(conditionText);
		conditionDue = conditionDue == null ? List.of() : List.copyOf(conditionDue);
		improvementText = improvementText == null ? List.of() : List.copyOf(improvementText);
		improvementDue = improvementDue == null ? List.of() : List.copyOf(improvementDue);
	}

	static DecisionForm empty() {
		return new DecisionForm(null, null, List.of(), List.of(), List.of(), List.of());
	}

	/** How many improvement rows the page shows: at least {@link #ROWS}, more when more were posted. */
	public int improvementRows() {
		return Math.max(ROWS, Math.max(improvementText.size(), improvementDue.size()));
	}

	public String improvement(int row) {
		return row < improvementText.size() ? improvementText.get(row) : "";
	}

	public String improvementBy(int row) {
		return row < improvementDue.size() ? improvementDue.get(row) : "";
	}

	/** How many condition rows the page shows: at least {@link #ROWS}, more when more were posted. */
	public int rows() {
		return Math.max(ROWS, Math.max(conditionText.size(), conditionDue.size()));
	}

	public String text(int row) {
		return row < conditionText.size() ? conditionText.get(row) : "";
	}

	public String due(int row) {
		return row < conditionDue.size() ? conditionDue.get(row) : "";
	}

	Recommendation parsedOutcome() {
		if (outcome == null) {
			return null;
		}
		try {
			return Recommendation.valueOf(outcome);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Field id → message key for every problem, in page order; empty when the decision can be taken. */
	Map<String, String> problems(LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		Recommendation chosen = parsedOutcome();
		if (chosen == null) {
			problems.put("outcome", "reviewAdmin.decision.error.outcome");
		}
		if (reasons == null || reasons.isBlank()) {
			problems.put("reasons", "reviewAdmin.decision.error.reasons");
		}
		else if (reasons.length() > MAX_TEXT) {
			problems.put("reasons", "reviewAdmin.decision.error.tooLong");
		}
		boolean withConditions = chosen == Recommendation.ACCREDIT_WITH_CONDITIONS;
		boolean anyRow = false;
		for (int row = 0; row < rows(); row++) {
			boolean hasText = !text(row).isBlank();
			boolean hasDue = !due(row).isBlank();
			anyRow |= hasText || hasDue;
			if (!withConditions || (!hasText && !hasDue)) {
				continue;
			}
			if (!hasText) {
				problems.put("conditionText-" + row, "reviewAdmin.decision.error.conditionText");
			}
			else if (text(row).length() > MAX_TEXT) {
				problems.put("conditionText-" + row, "reviewAdmin.decision.error.tooLong");
			}
			LocalDate date = hasDue ? date(due(row)) : null;
			if (!hasDue) {
				problems.put("conditionDue-" + row, "reviewAdmin.decision.error.dueMissing");
			}
			else if (date == null) {
				problems.put("conditionDue-" + row, "reviewAdmin.decision.error.dueFormat");
			}
			else if (!date.isAfter(today)) {
				problems.put("conditionDue-" + row, "reviewAdmin.decision.error.duePast");
			}
		}
		if (withConditions && !anyRow) {
			problems.put("conditionText-0", "reviewAdmin.decision.error.conditionsRequired");
		}
		if (chosen != null && !withConditions && anyRow) {
			problems.put("conditionText-0", "reviewAdmin.decision.error.conditionsNotAllowed");
		}
		improvementProblems(chosen, today, problems);
		return problems;
	}

	/** The improvement plan: at least one row, each with what to change and a future date, with "not yet" only. */
	private void improvementProblems(Recommendation chosen, LocalDate today, Map<String, String> problems) {
		boolean notYet = chosen == Recommendation.NOT_YET;
		boolean anyRow = false;
		for (int row = 0; row < improvementRows(); row++) {
			boolean hasText = !improvement(row).isBlank();
			boolean hasDue = !improvementBy(row).isBlank();
			anyRow |= hasText || hasDue;
			if (!notYet || (!hasText && !hasDue)) {
				continue;
			}
			if (!hasText) {
				problems.put("improvementText-" + row, "reviewAdmin.decision.error.improvementText");
			}
			else if (improvement(row).length() > MAX_TEXT) {
				problems.put("improvementText-" + row, "reviewAdmin.decision.error.tooLong");
			}
			LocalDate date = hasDue ? date(improvementBy(row)) : null;
			if (!hasDue) {
				problems.put("improvementDue-" + row, "reviewAdmin.decision.error.improvementDueMissing");
			}
			else if (date == null) {
				problems.put("improvementDue-" + row, "reviewAdmin.decision.error.dueFormat");
			}
			else if (!date.isAfter(today)) {
				problems.put("improvementDue-" + row, "reviewAdmin.decision.error.duePast");
			}
		}
		if (notYet && !anyRow) {
			problems.put("improvementText-0", "reviewAdmin.decision.error.improvementsRequired");
		}
		if (chosen != null && !notYet && anyRow) {
			problems.put("improvementText-0", "reviewAdmin.decision.error.improvementsNotAllowed");
		}
	}

	/** The filled improvement rows (call only when {@link #problems} is empty). */
	List<Decision.Improvement> improvements() {
		List<Decision.Improvement> improvements = new ArrayList<>();
		for (int row = 0; row < improvementRows(); row++) {
			if (!improvement(row).isBlank()) {
				improvements.add(new Decision.Improvement(improvement(row).strip(), date(improvementBy(row))));
			}
		}
		return improvements;
	}

	/** The filled condition rows (call only when {@link #problems} is empty). */
	List<Decision.Condition> conditions() {
		List<Decision.Condition> conditions = new ArrayList<>();
		for (int row = 0; row < rows(); row++) {
			if (!text(row).isBlank()) {
				conditions.add(new Decision.Condition(text(row).strip(), date(due(row))));
			}
		}
		return conditions;
	}

	private static LocalDate date(String value) {
		return IsoDates.parse(value).orElse(null);
	}

}

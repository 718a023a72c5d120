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
 * The decision form: outcome (ACCREDIT, ACCREDIT_WITH_CONDITIONS, NOT_YET), reasons, and condition rows
 * (repeated {@code conditionText} / {@code conditionDue} fields, ISO dates). Never binds the request itself.
 */
record DecisionForm(String outcome, String reasons, List<String> conditionText, List<String> conditionDue) {

	static final int ROWS = 3;

	static final int MAX_TEXT = 4000;

	DecisionForm {
		conditionText = conditionText == null ? List.of() : List.copyOf(conditionText);
		conditionDue = conditionDue == null ? List.of() : List.copyOf(conditionDue);
	}

	static DecisionForm empty() {
		return new DecisionForm(null, null, List.of(), List.of());
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
		return problems;
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

package org.inclusivecities.platform.accreditation.pool;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerProfile;

import org.springframework.validation.BindingResult;

/**
 * Turns the typed values of the pool forms into domain values, or into field errors (message keys of the
 * {@code review-pool} bundle) when they are missing, malformed or not among the offered choices.
 */
final class NominationChecks {

	private NominationChecks() {
	}

	/** The profile, or {@code null} when a field is rejected. */
	static ReviewerProfile profile(NominateForm form, BindingResult result) {
		Set<String> languages = form.languages() == null ? Set.of() : form.languages();
		if (languages.isEmpty()) {
			result.rejectValue("languages", "pool.error.languages.required");
		}
		else if (!PoolChoices.LANGUAGES.containsAll(languages)) {
			result.rejectValue("languages", "pool.error.languages.unknown");
		}
		Set<String> expertise = new HashSet<>();
		expertise.addAll(tags(form.activityTypes(), ActivityType.values(), "activityTypes", result));
		expertise.addAll(tags(form.sectors(), Sector.values(), "sectors", result));
		Integer cap = cap(form.maxConcurrentReviews(), result);
		return result.hasErrors() ? null : new ReviewerProfile(languages, expertise, cap);
	}

	private static Set<String> tags(Set<String> chosen, Enum<?>[] known, String field, BindingResult result) {
		if (chosen == null) {
			return Set.of();
		}
		List<String> tags = java.util.Arrays.stream(known).map(PoolChoices::tag).toList();
		if (!tags.containsAll(chosen)) {
			result.rejectValue(field, "pool.error.expertise.unknown");
			return Set.of();
		}
		return chosen;
	}

	private static Integer cap(String value, BindingResult result) {
		if (value == null || value.isBlank()) {
			result.rejectValue("maxConcurrentReviews", "pool.error.cap.required");
			return null;
		}
		try {
			int cap = Integer.parseInt(value.strip());
			if (cap >= 1 && cap <= ReviewerNomination.MAX_CAP) {
				return cap;
			}
		}
		catch (NumberFormatException e) {
			// reported below, with the range
		}
		result.rejectValue("maxConcurrentReviews", "pool.error.cap.range");
		return null;
	}

	/** The period, or {@code null} when a date is missing, malformed, in the wrong order or already over. */
	static Period period(PeriodForm form, LocalDate today, BindingResult result) {
		LocalDate from = date(form.from(), "from", result);
		LocalDate to = date(form.to(), "to", result);
		if (from != null && to != null && to.isBefore(from)) {
			result.rejectValue("to", "pool.error.period.order");
		}
		else if (to != null && to.isBefore(today)) {
			result.rejectValue("to", "pool.error.period.past");
		}
		return result.hasErrors() ? null : new Period(from, to);
	}

	private static LocalDate date(String value, String field, BindingResult result) {
		if (value == null || value.isBlank()) {
			result.rejectValue(field, "pool.error.date.required");
			return null;
		}
		LocalDate day = IsoDates.parse(value).orElse(null);
		if (day == null) {
			result.rejectValue(field, "pool.error.date.format");
		}
		return day;
	}

	/** One of the enum's names, or a field error. */
	static <E extends Enum<E>> Optional<E> kind(Class<E> type, String value, String field, BindingResult result) {
		Optional<E> kind = PoolChoices.option(type, value);
		if (kind.isEmpty()) {
			result.rejectValue(field, "pool.error.kind.required");
		}
		return kind;
	}

}

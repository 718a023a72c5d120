package org.inclusivecities.platform.accreditation.pool;

import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.pool.ReviewerNomination;

import org.springframework.validation.BindingResult;

/**
 * The checks of the secretariat's pool page: a filter or a form value that is not among the offered choices is a
 * field error (a message key of the {@code review-pool} bundle), never a failure.
 */
final class NetworkPoolChecks {

	private NetworkPoolChecks() {
	}

	/** Rejects filter values that name no listed city, no offered language or no known expertise. */
	static void query(PoolQuery query, List<City> cities, BindingResult result) {
		if (PoolQuery.given(query.city()) && cities.stream().noneMatch(c -> c.getId().equals(query.city()))) {
			result.rejectValue("city", "pool.error.city.unknown");
		}
		if (PoolQuery.given(query.language()) && !PoolChoices.LANGUAGES.contains(query.language())) {
			result.rejectValue("language", "pool.error.languages.unknown");
		}
		if (PoolQuery.given(query.expertise()) && !expertiseTags().contains(query.expertise())) {
			result.rejectValue("expertise", "pool.error.expertise.unknown");
		}
	}

	static List<String> expertiseTags() {
		return java.util.stream.Stream
			.concat(java.util.Arrays.stream(ActivityType.values()), java.util.Arrays.stream(Sector.values()))
			.map(PoolChoices::tag)
			.toList();
	}

	/** The active nomination chosen, or a field error. */
	static Optional<ReviewerNomination> nomination(String id, List<ReviewerNomination> active, BindingResult result) {
		Optional<ReviewerNomination> found = active.stream().filter(n -> n.getId().equals(id)).findFirst();
		if (found.isEmpty()) {
			result.rejectValue("nomination", "pool.error.nomination.required");
		}
		return found;
	}

	/** The listed city chosen in {@code field}, or a field error (missing, unknown, or the one to avoid). */
	static Optional<City> city(String id, String not, List<City> cities, String field, String sameKey,
			BindingResult result) {
		if (!PoolQuery.given(id)) {
			result.rejectValue(field, "pool.error.city.required");
			return Optional.empty();
		}
		if (id.equals(not)) {
			result.rejectValue(field, sameKey);
			return Optional.empty();
		}
		Optional<City> city = cities.stream().filter(c -> c.getId().equals(id)).findFirst();
		if (city.isEmpty()) {
			result.rejectValue(field, "pool.error.city.unknown");
		}
		return city;
	}

	/** The reason of a conflict: required, at most {@link SecretariatConflictForm#MAX_REASON} characters. */
	static String reason(String reason, BindingResult result) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			result.rejectValue("reason", "pool.error.reason.required");
		}
		else if (text.length() > SecretariatConflictForm.MAX_REASON) {
			result.rejectValue("reason", "pool.error.reason.long");
		}
		return text;
	}

}

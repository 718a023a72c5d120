package org.inclusivecities.platform.practice.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.layout.WebAddress;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.plan.Sector;

/**
 * What the practice form posts. Lists are typed as text (comma separated; links one per line) and checked
 * here; the document is never bound directly.
 */
public record PracticeForm(String title, String summary, String problem, String whatWasDone, String whoWasInvolved,
		String outcomes, String costs, String lessons, String contact, Set<ActivityType> activityTypes, Set<Aim> aims,
		Set<Sector> sectors, String targetGroups, String languages, String links) {

	static final int SHORT = 200;

	static final int SUMMARY = 1000;

	static final int LONG = 10000;

	static PracticeForm empty() {
		return new PracticeForm("", "", "", "", "", "", "", "", "", Set.of(), Set.of(), Set.of(), "", "", "");
	}

	static PracticeForm of(PracticeContent c) {
		return new PracticeForm(c.title(), c.summary(), c.problem(), c.whatWasDone(), c.whoWasInvolved(),
				c.outcomes(), c.costs(), c.lessons(), c.contact(), c.activityTypes(), c.aims(), c.sectors(),
				String.join(", ", c.targetGroups()), String.join(", ", c.languages()), String.join("\n", c.links()));
	}

	/** Field name → message key of what is wrong, in form order; empty when valid. */
	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		required(errors, "title", title, SHORT);
		required(errors, "summary", summary, SUMMARY);
		length(errors, "problem", problem, LONG);
		required(errors, "whatWasDone", whatWasDone, LONG);
		length(errors, "whoWasInvolved", whoWasInvolved, LONG);
		length(errors, "outcomes", outcomes, LONG);
		length(errors, "costs", costs, LONG);
		length(errors, "lessons", lessons, LONG);
		length(errors, "contact", contact, SHORT);
		if (activityTypes == null || activityTypes.isEmpty()) {
			errors.put("activityTypes", "practice.error.activityTypes.required");
		}
		length(errors, "targetGroups", targetGroups, SHORT * 5);
		if (!split(languages).stream().allMatch(l -> l.matches("[a-z]{2}"))) {
			errors.put("languages", "practice.error.languages.invalid");
		}
		if (!lines(links).stream().allMatch(PracticeForm::isWebAddress)) {
			errors.put("links", "practice.error.links.invalid");
		}
		return errors;
	}

	PracticeContent toContent() {
		return new PracticeContent(strip(title), strip(summary), strip(problem), strip(whatWasDone),
				strip(whoWasInvolved), strip(outcomes), strip(costs), strip(lessons), strip(contact), activityTypes,
				aims, sectors, split(targetGroups), split(languages), lines(links));
	}

	public boolean has(Object value) {
		return (activityTypes != null && activityTypes.contains(value)) || (aims != null && aims.contains(value))
				|| (sectors != null && sectors.contains(value));
	}

	private static void required(Map<String, String> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.put(field, "practice.error." + field + ".required");
		}
		else {
			length(errors, field, value, max);
		}
	}

	private static void length(Map<String, String> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.put(field, "practice.error.too-long");
		}
	}

	private static boolean isWebAddress(String link) {
		return link.length() <= 500 && WebAddress.isHttp(link);
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

	private static List<String> split(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
					.map(s -> s.toLowerCase(Locale.ROOT).equals(s) || s.length() != 2 ? s : s.toLowerCase(Locale.ROOT))
					.distinct()
					.toList();
	}

	private static List<String> lines(String value) {
		return value == null ? List.of()
				: value.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

}

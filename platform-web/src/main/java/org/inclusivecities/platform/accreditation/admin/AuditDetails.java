package org.inclusivecities.platform.accreditation.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.layout.EnumLabels;
import org.inclusivecities.platform.layout.Figures;
import org.inclusivecities.platform.scoring.Recommendation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The detail column of the audit trail in the reader's language. The trail stores short technical details ("plan
 * version 3", "2 reviewers proposed, round 1", "ACCREDIT"); each known form is read back into its numbers, date or
 * decision and said again through the bundle ({@code reviewAdmin.audit.detail.<action>}). What a person wrote (an
 * appeal's reason) is shown as written; an id that means nothing to a reader is left out.
 */
@Component
class AuditDetails {

	/** A stored form of one action's detail and the message that says it. */
	private record Form(Pattern pattern, String key) {
	}

	private static final Pattern ROUND = Pattern.compile("round (\\d+)");

	private static final Map<String, List<Form>> FORMS = Map.ofEntries(
			forms("submitted", "plan version (\\d+)"), forms("assignment", "(\\d+) reviewers proposed, round (\\d+)"),
			forms("swap", "seat (\\d+) replaced"), forms("confirmed", "invitations sent, round (\\d+)"),
			forms("decline", "seat (\\d+)"), forms("expired", "seat (\\d+)"),
			forms("reassignment", "new reviewer invited, round (\\d+)"), round("score-submission"),
			round("meta-review"), round("meta-review-revised"), round("score-revision"), round("discussion-post"),
			forms("renewal-reminder", "(\\d+) months ahead"),
			Map.entry("review-reminder", List.of(new Form(ROUND, "reviewAdmin.audit.detail.round"),
					new Form(Pattern.compile("(\\d+)"), "reviewAdmin.audit.detail.review-reminder"))));

	/** Details that are ids only: nothing to show. */
	private static final List<String> IDS_ONLY = List.of("resubmission");

	/**
	 * Actions whose detail is a condition's id (for a met one followed by ": " and the secretariat's note): said as the
	 * condition's number in the decision ("Condition 2"), with the note as written.
	 */
	private static final List<String> CONDITIONS = List.of("condition-met", "condition-reported", "condition-reminder");

	private final MessageSource messages;

	private final EnumLabels labels;

	AuditDetails(MessageSource messages, EnumLabels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	/**
	 * The detail as the reader sees it; null when there is none to show. {@code conditionIds} are the ids of the
	 * decision's conditions in their order, to name a condition by its number.
	 */
	String say(String action, String detail, List<String> conditionIds, Locale locale) {
		if (detail != null && CONDITIONS.contains(action)) {
			return condition(detail, conditionIds, locale);
		}
		return say(action, detail, locale);
	}

	/** The detail as the reader sees it; null when there is none to show. */
	String say(String action, String detail, Locale locale) {
		if (detail == null || IDS_ONLY.contains(action)) {
			return null;
		}
		if ("decision".equals(action)) {
			return EnumLabels.constant(Recommendation.class, detail).map(r -> labels.of(r, locale)).orElse(detail);
		}
		if ("review-extended".equals(action)) {
			return day(detail, locale);
		}
		for (Form form : FORMS.getOrDefault(action, List.of())) {
			Matcher m = form.pattern().matcher(detail);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = Figures.number(Long.parseLong(m.group(i + 1)), locale);
				}
				return messages.getMessage(form.key(), args, locale);
			}
		}
		return detail;
	}

	private String condition(String detail, List<String> conditionIds, Locale locale) {
		String[] parts = detail.split(": ", 2);
		int number = conditionIds.indexOf(parts[0]) + 1;
		String note = parts.length > 1 && !parts[1].isBlank() && !"null".equals(parts[1]) ? parts[1] : null;
		if (number == 0) {
			return note;
		}
		String named = messages.getMessage("reviewAdmin.audit.detail.condition",
				new Object[] { Figures.number(number, locale) }, locale);
		return note == null ? named
				: messages.getMessage("reviewAdmin.audit.detail.condition-note", new Object[] { named, note }, locale);
	}

	/** A stored ISO day (of a date or a moment) in the one date style. */
	String day(String iso, Locale locale) {
		try {
			return Figures.date(LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))), locale);
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private static Map.Entry<String, List<Form>> forms(String action, String regex) {
		return Map.entry(action, List.of(new Form(Pattern.compile(regex), "reviewAdmin.audit.detail." + action)));
	}

	private static Map.Entry<String, List<Form>> round(String action) {
		return Map.entry(action, List.of(new Form(ROUND, "reviewAdmin.audit.detail.round")));
	}

}

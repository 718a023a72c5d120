package org.inclusivecities.platform.accreditation.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.routing.Unrouted;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts routing's technical vocabulary into the reader's words: cost terms of an explanation, hard rule ids
 * (in diagnostics and refused swaps), unrouted reasons and audit actions. An unknown id falls back to the id
 * itself rather than failing the page.
 */
@Component
class Wording {

	private final MessageSource messages;

	Wording(MessageSource messages) {
		this.messages = messages;
	}

	/** The order explanations read in: preferences first, then load; unknown terms last, by name. */
	private static final List<String> TERM_ORDER = List.of("manual-swap", "language-shared", "language-mismatch",
			"expertise-match", "no-expertise", "reviewer-reused", "wish-want", "wish-willing", "wish-rather-not",
			"reviewer-load-after", "reviewer-minimum", "city-load-after");

	/** One sentence per cost term, e.g. "Shares a language with the request". */
	List<String> explanation(Map<String, Long> costTerms, Locale locale) {
		return costTerms.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, Long> e) -> TERM_ORDER.contains(e.getKey())
					? TERM_ORDER.indexOf(e.getKey()) : TERM_ORDER.size())
				.thenComparing(Map.Entry::getKey))
			.map(e -> messages.getMessage("reviewAdmin.term." + e.getKey(), new Object[] { e.getValue() },
					e.getKey() + " (" + e.getValue() + ")", locale))
			.toList();
	}

	String rule(String ruleId, Locale locale) {
		return messages.getMessage("reviewAdmin.rule." + ruleId, null, ruleId, locale);
	}

	/** Why a request could not be staffed, then which rules removed how many reviewers (most first). */
	List<String> unrouted(Unrouted unrouted, Locale locale) {
		String reason = messages.getMessage("reviewAdmin.unrouted." + unrouted.reason().name(),
				new Object[] { unrouted.eligibleLeft(), unrouted.eligibleCities(), unrouted.seatsWithinCityCap(),
						unrouted.displaced().size() },
				unrouted.reason().name(), locale);
		var removed = mostFirst(unrouted).stream()
			.map(e -> messages.getMessage("reviewAdmin.unrouted.removed",
					new Object[] { rule(e.getKey(), locale), e.getValue() }, locale));
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(reason), removed).toList();
	}

	/** The rule that removed the most reviewers, in words; null when no rule removed anyone. */
	String blockingRule(Unrouted unrouted, Locale locale) {
		return mostFirst(unrouted).stream().findFirst().map(e -> rule(e.getKey(), locale)).orElse(null);
	}

	private static List<Map.Entry<String, Integer>> mostFirst(Unrouted unrouted) {
		return unrouted.removedByRule()
			.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
				.thenComparing(Map.Entry::getKey))
			.toList();
	}

	String action(String action, Locale locale) {
		return messages.getMessage("reviewAdmin.audit.action." + action, null, action, locale);
	}

}

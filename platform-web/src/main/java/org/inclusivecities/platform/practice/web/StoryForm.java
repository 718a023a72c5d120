package org.inclusivecities.platform.practice.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.practice.ConsentScope;

/** A story of recovery with its consent record, as posted. */
public record StoryForm(String storyTitle, String storyText, String givenBy, String givenOn, ConsentScope consentScope,
		String pseudonym) {

	/** Field errors as message keys; consent is given on a day up to today, never in the future. */
	Map<String, String> errors(LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (blank(storyTitle) || storyTitle.length() > PracticeForm.SHORT) {
			errors.put("storyTitle", "practice.error.storyTitle");
		}
		if (blank(storyText) || storyText.length() > PracticeForm.LONG) {
			errors.put("storyText", "practice.error.storyText");
		}
		if (blank(givenBy) || givenBy.length() > PracticeForm.SHORT) {
			errors.put("givenBy", "practice.error.givenBy");
		}
		Optional<LocalDate> given = IsoDates.parse(givenOn);
		if (given.isEmpty()) {
			errors.put("givenOn", "practice.error.givenOn");
		}
		else if (given.get().isAfter(today)) {
			errors.put("givenOn", "practice.error.givenOn.future");
		}
		if (consentScope == null) {
			errors.put("consentScope", "practice.error.consentScope");
		}
		if (consentScope == ConsentScope.PSEUDONYMOUS && (blank(pseudonym) || pseudonym.length() > 100)) {
			errors.put("pseudonym", "practice.error.pseudonym");
		}
		return errors;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}

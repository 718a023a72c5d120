package org.inclusivecities.platform.practice.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.inclusivecities.platform.practice.ConsentScope;

/** A story of recovery with its consent record, as posted. */
public record StoryForm(String storyTitle, String storyText, String givenBy, String givenOn, ConsentScope consentScope,
		String pseudonym) {

	Map<String, String> errors() {
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
		try {
			LocalDate.parse(givenOn == null ? "" : givenOn.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("givenOn", "practice.error.givenOn");
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

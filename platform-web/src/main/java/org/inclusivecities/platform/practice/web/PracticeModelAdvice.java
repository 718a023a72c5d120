package org.inclusivecities.platform.practice.web;

import org.inclusivecities.platform.practice.RichText;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the practice pages the safe Markdown renderer as {@code ${richText.html(text)}}. */
@ControllerAdvice(assignableTypes = { PracticeLibraryController.class, PracticeWorkspaceController.class,
		PracticeMediaController.class, PracticeModerationController.class, AdoptionController.class,
		AdoptedController.class })
class PracticeModelAdvice {

	private final RichText richText;

	PracticeModelAdvice(RichText richText) {
		this.richText = richText;
	}

	@ModelAttribute("richText")
	RichText richText() {
		return richText;
	}

}

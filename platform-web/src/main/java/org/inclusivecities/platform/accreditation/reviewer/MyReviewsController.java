package org.inclusivecities.platform.accreditation.reviewer;

import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The signed-in reviewer's invitations and reviews, and one request as its reviewer sees it. */
@Controller
class MyReviewsController {

	private final ReviewerDesk desk;

	private final ReviewPage page;

	MyReviewsController(ReviewerDesk desk, ReviewPage page) {
		this.desk = desk;
		this.page = page;
	}

	@GetMapping("/my/reviews")
	String list(@AuthenticationPrincipal PlatformPrincipal me, Model model) {
		model.addAttribute("rows", desk.rows(me.personId()));
		return "accreditation/reviewer/list";
	}

	@GetMapping("/my/reviews/{requestId}")
	String request(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId, Model model,
			Locale locale) {
		return page.show(me.personId(), requestId, ScorecardForm.empty(), null, Map.of(), model, locale);
	}

}

package org.inclusivecities.platform.accreditation.reviewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.accreditation.web.DiscussionLine;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.scoring.Scorecard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of a reviewer's request page, in every state and with the problems of a rejected form. */
@Component
class ReviewPage {

	static final String VIEW = "accreditation/reviewer/request";

	private final ReviewerDesk desk;

	private final MessageSource messages;

	private final CouncilConsents consents;

	ReviewPage(ReviewerDesk desk, MessageSource messages, CouncilConsents consents) {
		this.desk = desk;
		this.messages = messages;
		this.consents = consents;
	}

	/** A submitted scorecard with the label it gets on the page ("Your review", "Reviewer 2", ...). */
	record LabelledCard(String label, Scorecard card) {
	}

	String show(String personId, String requestId, ScorecardForm form, String declineReason,
			Map<String, String> problems, Model model, Locale locale) {
		ReviewerDesk.Desk shown = desk.desk(personId, requestId);
		if (form.blank() && shown.view() != null) {
			if (shown.status() == SeatStatus.ACCEPTED && shown.view().draft() != null) {
				form = ScorecardForm.of(shown.view().draft());
			}
			else if (shown.view().revisable()) {
				form = ScorecardForm.of(shown.view().own());
			}
		}
		model.addAttribute("desk", shown);
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("recommendations", Recommendation.values());
		model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
		model.addAttribute("form", form);
		model.addAttribute("declineReason", declineReason == null ? "" : declineReason);
		model.addAttribute("errors", resolve(problems, locale));
		if (shown.view() != null) {
			CouncilConsents.Now named = consents.now(shown.view().reviewedCityId());
			model.addAttribute("sections", SnapshotSections.of(shown.view().snapshot().document(),
					named::namedToNetwork));
			model.addAttribute("cards", labelled(shown, locale));
			model.addAttribute("discussionLines", shown.view()
				.discussion()
				.stream()
				.map(p -> new DiscussionLine(switch (p.author()) {
					case YOU -> messages.getMessage("review.discussion.you", null, locale);
					case SECRETARIAT -> messages.getMessage("review.discussion.secretariat", null, locale);
					case REVIEWER -> messages.getMessage("reviewer.scores.other", new Object[] { p.reviewerNumber() }, locale);
				}, p.text(), p.at()))
				.toList());
			model.addAttribute("discussionAction", "/my/reviews/" + requestId + "/discussion");
			if (!model.containsAttribute("discussionText")) {
				model.addAttribute("discussionText", "");
			}
		}
		return VIEW;
	}

	private List<LabelledCard> labelled(ReviewerDesk.Desk shown, Locale locale) {
		List<LabelledCard> cards = new ArrayList<>();
		if (shown.view().own() != null) {
			cards.add(new LabelledCard(messages.getMessage("reviewer.scores.you", null, locale), shown.view().own()));
		}
		int number = 2;
		for (Scorecard other : shown.view().others()) {
			cards.add(new LabelledCard(messages.getMessage("reviewer.scores.other", new Object[] { number++ }, locale),
					other));
		}
		return cards;
	}

	private Map<String, String> resolve(Map<String, String> problems, Locale locale) {
		Map<String, String> resolved = new LinkedHashMap<>();
		problems.forEach((field, key) -> {
			Criterion criterion = ScorecardForm.criterionOf(field);
			Object[] args = criterion == null ? null
					: new Object[] { messages.getMessage("reviewer.criterion." + criterion.name(), null, locale) };
			resolved.put(field, messages.getMessage(key, args, locale));
		});
		return resolved;
	}

}

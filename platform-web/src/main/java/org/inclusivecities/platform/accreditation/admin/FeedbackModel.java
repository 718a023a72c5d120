package org.inclusivecities.platform.accreditation.admin;

import java.util.Locale;

import org.inclusivecities.platform.accreditation.web.DiscussionLine;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.PlanChanges;
import org.inclusivecities.platform.request.RequestStatus;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The request page's parts about feedback: the discussion with the reviewers (named, as the secretariat knows them)
 * and, for a resubmission after "not yet", what changed in the plan since the last request.
 */
@Component
class FeedbackModel {

	private final PlanChanges changes;

	private final MessageSource messages;

	FeedbackModel(PlanChanges changes, MessageSource messages) {
		this.changes = changes;
		this.messages = messages;
	}

	void add(AccreditationRequest request, Names.Lookup lookup, Model model, Locale locale) {
		model.addAttribute("discussionLines", request.discussion()
			.stream()
			.map(p -> new DiscussionLine(p.bySecretariat()
					? messages.getMessage("reviewAdmin.discussion.bySecretariat",
							new Object[] { lookup.person(p.authorId()) }, locale)
					: lookup.person(p.authorId()), p.text(), p.at()))
			.toList());
		model.addAttribute("discussionOpen",
				request.getStatus() == RequestStatus.IN_REVIEW || request.getStatus() == RequestStatus.REVIEWED);
		model.addAttribute("discussionAction", "/admin/accreditation/" + request.getId() + "/discussion");
		if (!model.containsAttribute("discussionText")) {
			model.addAttribute("discussionText", "");
		}
		model.addAttribute("resubmission", changes.since(request.getCityId(), request.getId()).orElse(null));
		// a reviewer changed their review after the meta-review was written: it may no longer say what they say
		model.addAttribute("metaReviewBehind", request.metaReview()
			.map(meta -> request.getAudit()
				.stream()
				.anyMatch(a -> "score-revision".equals(a.action()) && a.at().isAfter(meta.writtenAt())))
			.orElse(false));
	}

}

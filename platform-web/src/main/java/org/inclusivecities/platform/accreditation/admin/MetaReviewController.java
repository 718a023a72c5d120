package org.inclusivecities.platform.accreditation.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.MetaReview;
import org.inclusivecities.platform.request.MetaReviews;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat writes (or rewrites) the meta-review once every review is in, before deciding: a missing or too
 * long text is a field error on the request page (nothing saved); a request not reviewed is 409.
 */
@Controller
class MetaReviewController {

	private final RequestPage page;

	private final RequestsInReview requests;

	private final MetaReviews metaReviews;

	private final MessageSource messages;

	MetaReviewController(RequestPage page, RequestsInReview requests, MetaReviews metaReviews,
			MessageSource messages) {
		this.page = page;
		this.requests = requests;
		this.metaReviews = metaReviews;
		this.messages = messages;
	}

	@PostMapping("/admin/accreditation/{requestId}/meta-review")
	String write(@PathVariable String requestId, @RequestParam(required = false) String metaReview,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		if (request.getStatus() != RequestStatus.REVIEWED) {
			throw new NotNow(request.getStatus(), "metaReview");
		}
		try {
			metaReviews.write(principal.personId(), requestId, metaReview);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", Map.of("metaReview", messages.getMessage(
					"reviewAdmin." + invalid.problems().getFirst(), new Object[] { MetaReview.MAX_TEXT }, locale)));
			model.addAttribute("metaReviewText", metaReview);
			return page.show(principal.personId(), requestId, model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("reviewAdmin.metaReview.done", null, locale));
		return "redirect:/admin/accreditation/" + requestId + "#meta-review";
	}

}

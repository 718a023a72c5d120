package org.inclusivecities.platform.subscription.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.subscription.Frequency;
import org.inclusivecities.platform.subscription.SubscriptionDesk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Subscribe (double opt-in) and unsubscribe (one click from any digest). Every confirmation or unsubscribe
 * link is first shown as a page with one button, so mail scanners that follow links change nothing.
 */
@Controller
class SubscriptionController {

	private static final String INVALID = "subscription/link-invalid";

	private final SubscriptionDesk desk;

	private final SiteUrl siteUrl;

	SubscriptionController(SubscriptionDesk desk, SiteUrl siteUrl) {
		this.desk = desk;
		this.siteUrl = siteUrl;
	}

	@GetMapping("/subscribe")
	String form(Model model) {
		model.addAttribute("form", new SubscribeForm("", "WEEKLY"));
		return "subscription/subscribe";
	}

	@PostMapping("/subscribe")
	String subscribe(@Valid @ModelAttribute("form") SubscribeForm form, BindingResult result, Locale locale,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "subscription/subscribe";
		}
		desk.subscribe(form.email(), Language.of(locale), Frequency.valueOf(form.frequency()), siteUrl.current());
		return "redirect:/subscribe/sent";
	}

	@GetMapping("/subscribe/sent")
	String sent() {
		return "subscription/sent";
	}

	@GetMapping("/subscribe/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!desk.confirmable(token)) {
			return invalid(response);
		}
		model.addAttribute("token", token);
		return "subscription/confirm";
	}

	@PostMapping("/subscribe/confirm/{token}")
	String confirm(@PathVariable String token, HttpServletResponse response) {
		return desk.confirm(token) ? "redirect:/subscribe/confirmed" : invalid(response);
	}

	@GetMapping("/subscribe/confirmed")
	String confirmed() {
		return "subscription/confirmed";
	}

	@GetMapping("/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!desk.unsubscribable(token)) {
			return invalid(response);
		}
		model.addAttribute("token", token);
		return "subscription/unsubscribe";
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, HttpServletResponse response) {
		return desk.unsubscribe(token) ? "redirect:/unsubscribe/done" : invalid(response);
	}

	/**
	 * RFC 8058 one-click unsubscribe: the mail client POSTs {@code List-Unsubscribe=One-Click} to the link in
	 * the digest's List-Unsubscribe header, without a CSRF token (SecurityConfiguration exempts exactly this
	 * path). The secret token in the path is what authorises it; no redirect to follow.
	 */
	@PostMapping(path = "/unsubscribe/{token}", params = "List-Unsubscribe=One-Click")
	String oneClickUnsubscribe(@PathVariable String token, HttpServletResponse response) {
		return desk.unsubscribe(token) ? "subscription/unsubscribed" : invalid(response);
	}

	@GetMapping("/unsubscribe/done")
	String unsubscribed() {
		return "subscription/unsubscribed";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return INVALID;
	}

}

package org.inclusivecities.platform.practice.web;

import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.PracticeImages;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.inclusivecities.platform.practice.PracticeNotFound;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The secretariat's moderation queue: publish a submitted practice, or return it with feedback. */
@Controller
@RequestMapping("/admin/practices")
class PracticeModerationController {

	private final PracticeModeration moderation;

	private final Cities cities;

	private final PracticeImages images;

	private final MessageSource messages;

	PracticeModerationController(PracticeModeration moderation, Cities cities, PracticeImages images,
			MessageSource messages) {
		this.moderation = moderation;
		this.images = images;
		this.cities = cities;
		this.messages = messages;
	}

	@GetMapping
	String queue(Model model) {
		var waiting = moderation.waiting();
		model.addAttribute("practices", waiting);
		model.addAttribute("cityNames", cities.findAllByIdIn(waiting.stream().map(Practice::getCityId).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(City::getId, City::getName)));
		return "practice/admin/queue";
	}

	@GetMapping("/{id}")
	String review(@PathVariable String id, Model model) {
		return page(id, model, "", Map.of());
	}

	@GetMapping("/{id}/images/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable String imageId) {
		var image = moderation.get(id).image(imageId).orElseThrow(PracticeNotFound::new);
		byte[] bytes = images.load(imageId).orElseThrow(PracticeNotFound::new);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).body(bytes);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal admin,
			RedirectAttributes redirect) {
		moderation.publish(id, admin.personId());
		flash(redirect, "practice.flash.published");
		return "redirect:/admin/practices";
	}

	@PostMapping("/{id}/return")
	String returnIt(@PathVariable String id, @RequestParam(defaultValue = "") String feedback,
			@AuthenticationPrincipal PlatformPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (feedback.isBlank() || feedback.length() > PracticeForm.LONG) {
			response.setStatus(400);
			return page(id, model, feedback, Map.of("feedback", "practice.error.feedback"));
		}
		moderation.returnWithFeedback(id, admin.personId(), feedback);
		flash(redirect, "practice.flash.returned");
		return "redirect:/admin/practices";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PlatformPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > PracticeForm.LONG) {
			response.setStatus(400);
			model.addAttribute("reason", reason);
			return page(id, model, "", Map.of("reason", "practice.error.reason"));
		}
		moderation.withdraw(id, admin.personId(), reason);
		flash(redirect, "practice.flash.withdrawn-practice");
		return "redirect:/admin/practices";
	}

	private String page(String id, Model model, String feedback, Map<String, String> errors) {
		Practice practice = moderation.get(id);
		model.addAttribute("practice", practice);
		model.addAttribute("city", cities.findById(practice.getCityId()).map(City::getName).orElse(""));
		model.addAttribute("feedback", feedback);
		model.addAttribute("errors", errors);
		return "practice/admin/review";
	}

	private void flash(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

}

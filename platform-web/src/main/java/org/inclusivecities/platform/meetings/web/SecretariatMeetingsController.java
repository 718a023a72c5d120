package org.inclusivecities.platform.meetings.web;

import jakarta.servlet.http.HttpServletResponse;

import org.inclusivecities.platform.meetings.NetworkMeetings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's own network meetings (only network admins reach /admin): announce, change, cancel, attendees. */
@Controller
@RequestMapping(SecretariatMeetingsController.BASE)
class SecretariatMeetingsController {

	static final String BASE = "/admin/meetings";

	/** How a meeting of the secretariat names its organiser in data (pages say it in the reader's language). */
	static final String ORGANISER = "Inclusive Cities secretariat";

	private final NetworkMeetings meetings;

	private final OrganiserPages pages;

	SecretariatMeetingsController(NetworkMeetings meetings, OrganiserPages pages) {
		this.meetings = meetings;
		this.pages = pages;
	}

	@GetMapping
	String list(Model model) {
		return pages.list(null, BASE, null, "/admin", model);
	}

	@GetMapping("/new")
	String announceForm(Model model) {
		return pages.form(BASE, MeetingForm.empty(), null, model);
	}

	@PostMapping("/new")
	String announce(@ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return pages.submit(BASE, form, null, errors, details -> meetings.announce(null, ORGANISER, details),
				"meetings.announced", model, redirect, response);
	}

	@GetMapping("/{id}")
	String manage(@PathVariable String id, Model model) {
		return pages.manage(BASE, meetings.get(null, id), model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		return pages.form(BASE, MeetingForm.of(meetings.get(null, id)), id, model);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable String id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		meetings.get(null, id);
		return pages.submit(BASE, form, id, errors, details -> meetings.edit(null, id, details), "meetings.saved",
				model, redirect, response);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable String id, RedirectAttributes redirect) {
		meetings.cancel(null, id);
		return pages.cancelled(BASE, id, redirect);
	}

}

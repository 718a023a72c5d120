package org.inclusivecities.platform.meetings.web;

import jakarta.servlet.http.HttpServletResponse;

import org.inclusivecities.platform.meetings.NetworkMeetings;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's network meetings, in its workspace, for its admins (the city organises them): announce, change, cancel,
 * attendees. A meeting of another city or of the secretariat is not found (404).
 */
@Controller
@RequestMapping("/my/cities/{slug}/meetings")
@RequiresRole(Role.CITY_ADMIN)
class CityMeetingsController {

	private final NetworkMeetings meetings;

	private final OrganiserPages pages;

	CityMeetingsController(NetworkMeetings meetings, OrganiserPages pages) {
		this.meetings = meetings;
		this.pages = pages;
	}

	static String base(CityWorkspace workspace) {
		return "/my/cities/" + workspace.slug() + "/meetings";
	}

	@GetMapping
	String list(CityWorkspace workspace, Model model) {
		return pages.list(workspace.cityId(), base(workspace), workspace.city().getName(),
				"/my/cities/" + workspace.slug(), model);
	}

	@GetMapping("/new")
	String announceForm(CityWorkspace workspace, Model model) {
		return pages.form(base(workspace), MeetingForm.empty(), null, model);
	}

	@PostMapping("/new")
	String announce(CityWorkspace workspace, @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return pages.submit(base(workspace), form, null, errors,
				details -> meetings.announce(workspace.cityId(), workspace.city().getName(), details),
				"meetings.announced", model, redirect, response);
	}

	@GetMapping("/{id}")
	String manage(CityWorkspace workspace, @PathVariable String id, Model model) {
		return pages.manage(base(workspace), meetings.get(workspace.cityId(), id), model);
	}

	@GetMapping("/{id}/edit")
	String editForm(CityWorkspace workspace, @PathVariable String id, Model model) {
		return pages.form(base(workspace), MeetingForm.of(meetings.get(workspace.cityId(), id)), id, model);
	}

	@PostMapping("/{id}/edit")
	String edit(CityWorkspace workspace, @PathVariable String id, @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		meetings.get(workspace.cityId(), id);
		return pages.submit(base(workspace), form, id, errors,
				details -> meetings.edit(workspace.cityId(), id, details), "meetings.saved", model, redirect,
				response);
	}

	@PostMapping("/{id}/cancel")
	String cancel(CityWorkspace workspace, @PathVariable String id, RedirectAttributes redirect) {
		meetings.cancel(workspace.cityId(), id);
		return pages.cancelled(base(workspace), id, redirect);
	}

}

package org.inclusivecities.platform.meetings.web;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.meetings.MeetingFiles;
import org.inclusivecities.platform.meetings.MeetingNotFound;
import org.inclusivecities.platform.meetings.MeetingRequests;
import org.inclusivecities.platform.meetings.NetworkMeetings;
import org.inclusivecities.platform.meetings.Placement;
import org.inclusivecities.platform.meetings.PublicMeeting;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the links of a meeting's mails lead, without signing in (the secret in the path is what authorises): the
 * link confirming a registration by email, and the registrant's own page (to cancel) and calendar file. Every link
 * that changes something is first a page with one button, so mail scanners that follow links change nothing; an
 * unknown, used or expired link is a 404 page saying so.
 */
@Controller
class MailLinksController {

	private static final String INVALID = "meetings/link-invalid";

	private final MeetingRequests requests;

	private final NetworkMeetings meetings;

	private final MeetingFiles files;

	private final SiteUrl siteUrl;

	private final MessageSource messages;

	private final Clock clock;

	MailLinksController(MeetingRequests requests, NetworkMeetings meetings, MeetingFiles files, SiteUrl siteUrl,
			MessageSource messages, Clock clock) {
		this.requests = requests;
		this.meetings = meetings;
		this.files = files;
		this.siteUrl = siteUrl;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/meetings/{id}/confirm/{token}")
	String confirmPage(@PathVariable String id, @PathVariable String token, Model model,
			HttpServletResponse response) {
		return requests.confirmable(id, token).map(meeting -> {
			model.addAttribute("m", meeting);
			model.addAttribute("token", token);
			return "meetings/confirm";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping("/meetings/{id}/confirm/{token}")
	String confirm(@PathVariable String id, @PathVariable String token, Locale locale, RedirectAttributes redirect) {
		Placement placement = requests.confirm(id, token);
		return done(id, "meetings.registered." + placement, locale, redirect);
	}

	@GetMapping("/meetings/{id}/registration/{key}")
	String registrationPage(@PathVariable String id, @PathVariable String key, Model model,
			HttpServletResponse response) {
		return meetings.keyed(id, key).map(keyed -> {
			PublicMeeting meeting = keyed.meeting();
			model.addAttribute("m", meeting);
			model.addAttribute("key", key);
			model.addAttribute("placement", keyed.seated() ? Placement.SEATED : Placement.WAITING);
			model.addAttribute("leavable",
					!meeting.cancelled() && clock.instant().isBefore(meeting.start().toInstant()));
			return "meetings/registration";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping("/meetings/{id}/registration/{key}")
	String leave(@PathVariable String id, @PathVariable String key, Locale locale, RedirectAttributes redirect) {
		meetings.leave(id, key);
		return done(id, "meetings.unregistered", locale, redirect);
	}

	@GetMapping("/meetings/{id}/registration/{key}.ics")
	ResponseEntity<String> calendar(@PathVariable String id, @PathVariable String key) {
		return meetings.keyed(id, key)
			.map(keyed -> ResponseEntity.ok()
				.contentType(MeetingsController.CALENDAR)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
				.body(files.icalendar(keyed, siteUrl.current())))
			.orElseThrow(MeetingNotFound::new);
	}

	private String done(String id, String key, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, locale));
		return "redirect:/meetings/" + id;
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return INVALID;
	}

}

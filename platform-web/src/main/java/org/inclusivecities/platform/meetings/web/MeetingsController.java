package org.inclusivecities.platform.meetings.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.meetings.MeetingFiles;
import org.inclusivecities.platform.meetings.MeetingNotFound;
import org.inclusivecities.platform.meetings.MeetingRequests;
import org.inclusivecities.platform.meetings.NetworkMeetings;
import org.inclusivecities.platform.meetings.Placement;
import org.inclusivecities.platform.meetings.PublicMeeting;
import org.inclusivecities.platform.meetings.PublicMeetings;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of network meetings, read through their public view: the list of those coming up, one meeting
 * (with the signed-in reader's registration and its buttons, or the form to register by email; the online link only
 * for a reader with a seat and the organiser) and its iCalendar file.
 */
@Controller
class MeetingsController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final PublicMeetings meetings;

	private final NetworkMeetings registrations;

	private final MeetingFiles files;

	private final People people;

	private final SiteUrl siteUrl;

	private final MeetingRequests requests;

	private final MessageSource messages;

	private final Clock clock;

	MeetingsController(PublicMeetings meetings, NetworkMeetings registrations, MeetingFiles files, People people,
			SiteUrl siteUrl, MeetingRequests requests, MessageSource messages, Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.meetings = meetings;
		this.registrations = registrations;
		this.files = files;
		this.people = people;
		this.siteUrl = siteUrl;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(Model model) {
		model.addAttribute("meetings", meetings.upcoming(clock.instant()));
		return "meetings/list";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal principal, Model model) {
		return page(id, principal, EmailRegistrationForm.empty(), model);
	}

	/**
	 * Someone who is not signed in registers by email: a mail with a link to confirm goes to the address (the answer
	 * is the same whether or not it goes, see {@link MeetingRequests}); a missing or bad value is named on its field.
	 */
	@PostMapping("/meetings/{id}/email-registration")
	String registerByEmail(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal principal,
			@Valid @ModelAttribute("registrationForm") EmailRegistrationForm form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, principal, form, model);
		}
		requests.request(id, form.name(), form.email(), Language.of(locale));
		redirect.addFlashAttribute("flash", messages.getMessage("meetings.email.sent",
				new Object[] { MeetingRequests.VALIDITY.toHours() }, locale));
		return "redirect:/meetings/" + id;
	}

	private String page(String id, PlatformPrincipal principal, EmailRegistrationForm form, Model model) {
		PublicMeeting meeting = meetings.find(id).orElseThrow(MeetingNotFound::new);
		Optional<Person> person = principal == null ? Optional.empty() : people.findById(principal.personId());
		model.addAttribute("m", meeting);
		model.addAttribute("signedIn", principal != null);
		model.addAttribute("placement", person.flatMap(p -> registrations.placementOf(id, p)).orElse(null));
		model.addAttribute("link", person.flatMap(p -> registrations.linkFor(id, p)).orElse(null));
		model.addAttribute("open", meeting.takesRegistrations(clock.instant()));
		model.addAttribute("leavable", !meeting.cancelled() && clock.instant().isBefore(meeting.start().toInstant()));
		model.addAttribute("registrationForm", form);
		return "meetings/meeting";
	}

	@GetMapping("/meetings/{id}.ics")
	ResponseEntity<String> ics(@PathVariable String id) {
		PublicMeeting meeting = meetings.find(id).orElseThrow(MeetingNotFound::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + meeting.id() + ".ics\"")
			.body(files.icalendar(meeting, siteUrl.current()));
	}

}

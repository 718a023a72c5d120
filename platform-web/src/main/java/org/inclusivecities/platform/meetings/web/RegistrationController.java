package org.inclusivecities.platform.meetings.web;

import org.inclusivecities.platform.meetings.MeetingNotFound;
import org.inclusivecities.platform.meetings.NetworkMeetings;
import org.inclusivecities.platform.meetings.Placement;
import org.inclusivecities.platform.meetings.PublicMeeting;
import org.inclusivecities.platform.meetings.PublicMeetings;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PlatformPrincipal;
import org.inclusivecities.platform.tenancy.NotAMember;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person registers for a meeting, or gives their place up (under /my: signed in only). */
@Controller
@RequestMapping("/my/meetings/{id}/registration")
class RegistrationController {

	private final NetworkMeetings meetings;

	private final PublicMeetings publicMeetings;

	private final People people;

	private final MessageSource messages;

	RegistrationController(NetworkMeetings meetings, PublicMeetings publicMeetings, People people,
			MessageSource messages) {
		this.meetings = meetings;
		this.publicMeetings = publicMeetings;
		this.people = people;
		this.messages = messages;
	}

	/**
	 * Where "sign in to register" leads: signing in comes first (this is under /my), then the meeting's page again,
	 * where the person registers.
	 */
	@GetMapping
	String signedIn(@PathVariable String id) {
		PublicMeeting meeting = publicMeetings.find(id).orElseThrow(MeetingNotFound::new);
		return "redirect:/meetings/" + meeting.id();
	}

	@PostMapping
	String register(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
			RedirectAttributes redirect) {
		Placement placement = meetings.register(id, person(principal));
		return done(id, "meetings.registered." + placement, redirect);
	}

	@PostMapping("/cancel")
	String unregister(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
			RedirectAttributes redirect) {
		meetings.unregister(id, person(principal));
		return done(id, "meetings.unregistered", redirect);
	}

	private Person person(PlatformPrincipal principal) {
		return people.findById(principal.personId()).orElseThrow(NotAMember::new);
	}

	private String done(String id, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/meetings/" + id;
	}

}

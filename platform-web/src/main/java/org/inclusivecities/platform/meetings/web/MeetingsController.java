package org.inclusivecities.platform.meetings.web;

import java.time.Clock;
import java.util.Optional;

import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.meetings.MeetingFiles;
import org.inclusivecities.platform.meetings.MeetingNotFound;
import org.inclusivecities.platform.meetings.NetworkMeetings;
import org.inclusivecities.platform.meetings.Placement;
import org.inclusivecities.platform.meetings.PublicMeeting;
import org.inclusivecities.platform.meetings.PublicMeetings;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of network meetings, read through their public view: the list of those coming up, one meeting
 * (with the signed-in reader's registration and its buttons) and its iCalendar file.
 */
@Controller
class MeetingsController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final PublicMeetings meetings;

	private final NetworkMeetings registrations;

	private final MeetingFiles files;

	private final People people;

	private final SiteUrl siteUrl;

	private final Clock clock;

	MeetingsController(PublicMeetings meetings, NetworkMeetings registrations, MeetingFiles files, People people,
			SiteUrl siteUrl, Clock clock) {
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
		PublicMeeting meeting = meetings.find(id).orElseThrow(MeetingNotFound::new);
		Optional<Placement> placement = principal == null ? Optional.empty()
				: people.findById(principal.personId()).flatMap(p -> registrations.placementOf(id, p));
		model.addAttribute("m", meeting);
		model.addAttribute("signedIn", principal != null);
		model.addAttribute("placement", placement.orElse(null));
		model.addAttribute("open", meeting.takesRegistrations(clock.instant()));
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

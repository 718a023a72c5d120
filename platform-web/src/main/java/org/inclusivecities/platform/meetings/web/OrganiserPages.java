package org.inclusivecities.platform.meetings.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.inclusivecities.platform.meetings.EventDetails;
import org.inclusivecities.platform.meetings.EventKind;
import org.inclusivecities.platform.meetings.InvalidNetworkEvent;
import org.inclusivecities.platform.meetings.NetworkEvent;
import org.inclusivecities.platform.meetings.NetworkMeetings;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's pages, the same for the secretariat ({@code /admin/meetings}, organiser {@code null}) and for a
 * city ({@code /my/cities/{slug}/meetings}, organiser its id): the list of its meetings, the announce and edit form
 * with every error on its field, and one meeting with its registrations. The controllers resolve who organises.
 */
@Component
class OrganiserPages {

	/** Zones offered in the form: Europe's, where the network meets, and UTC. */
	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(z -> z.startsWith("Europe/") || z.equals("UTC"))
		.sorted()
		.toList();

	/** Languages offered in the form (any ISO 639-1 code is accepted). */
	static final List<String> LANGUAGES = List.of("en", "nl", "fr", "de", "es", "it", "pt", "pl", "sv", "da");

	private final NetworkMeetings meetings;

	private final MessageSource messages;

	private final Clock clock;

	OrganiserPages(NetworkMeetings meetings, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
	}

	String list(String cityId, String base, String caption, String back, Model model) {
		model.addAttribute("meetings", meetings.of(cityId));
		model.addAttribute("base", base);
		model.addAttribute("caption", caption);
		model.addAttribute("back", back);
		return "meetings/organise";
	}

	String form(String base, MeetingForm form, String meetingId, Model model) {
		model.addAttribute("meetingForm", form);
		model.addAttribute("base", base);
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("action", meetingId == null ? base + "/new" : base + "/" + meetingId + "/edit");
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("zones", ZONES);
		model.addAttribute("languages", LANGUAGES);
		return "meetings/form";
	}

	String manage(String base, NetworkEvent event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("base", base);
		model.addAttribute("upcoming", !event.isCancelled() && clock.instant().isBefore(event.getStartsAt()));
		return "meetings/manage";
	}

	/**
	 * Saves the form through {@code action} and redirects to the meeting; on a value that does not parse or that the
	 * meeting refuses, the form again (400) with every error on its field.
	 */
	String submit(String base, MeetingForm form, String meetingId, BindingResult errors,
			Function<EventDetails, NetworkEvent> action, String doneKey, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Optional<EventDetails> details = form.parse(errors);
		details.ifPresent(d -> problems(d, errors));
		if (!errors.hasErrors()) {
			try {
				NetworkEvent saved = action.apply(details.orElseThrow());
				flash(redirect, doneKey);
				return "redirect:" + base + "/" + saved.getId();
			}
			catch (InvalidNetworkEvent ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(base, form, meetingId, model);
	}

	String cancelled(String base, String meetingId, RedirectAttributes redirect) {
		flash(redirect, "meetings.manage.cancelled");
		return "redirect:" + base + "/" + meetingId;
	}

	private void problems(EventDetails details, BindingResult errors) {
		for (Map.Entry<String, String> problem : details.problems(clock.instant()).entrySet()) {
			if (!errors.hasFieldErrors(problem.getKey())) {
				errors.rejectValue(problem.getKey(), problem.getValue());
			}
		}
	}

	private void flash(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

}

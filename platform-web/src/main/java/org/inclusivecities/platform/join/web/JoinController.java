package org.inclusivecities.platform.join.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.inclusivecities.platform.city.CityApplication;
import org.inclusivecities.platform.city.Charters;
import org.inclusivecities.platform.city.NetworkApplications;
import org.inclusivecities.platform.people.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Join the network": a city applies with its data, a contact and the signed charter (PDF). */
@Controller
class JoinController {

	static final String FORM = "joinForm";

	private final NetworkApplications applications;

	private final MessageSource messages;

	private final Clock clock;

	JoinController(NetworkApplications applications, MessageSource messages, Clock clock) {
		this.applications = applications;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/join")
	String form(Model model, Locale locale) {
		model.addAttribute(FORM, JoinForm.empty(Language.of(locale)));
		return show(model, locale);
	}

	@PostMapping("/join")
	String apply(@Valid @ModelAttribute(FORM) JoinForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		check(form, result);
		byte[] charter = result.hasFieldErrors("charter") ? null : form.charter().getBytes();
		if (charter != null && !Charters.looksLikePdf(charter)) {
			result.rejectValue("charter", "join.error.charter.type");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return show(model, locale);
		}
		CityApplication application = applications.apply(form.profile(), form.contact(), charter,
				safeFilename(form.charter()), form.councilDecisionDate());
		redirect.addFlashAttribute("cityName", form.name().strip());
		redirect.addFlashAttribute("contactEmail", application.getContactEmail());
		return "redirect:/join/submitted";
	}

	@GetMapping("/join/submitted")
	String submitted(Model model) {
		return model.containsAttribute("cityName") ? "join/submitted" : "redirect:/join";
	}

	/** Rules the annotations cannot express: known codes, both coordinates or none, dates, the file. */
	private void check(JoinForm form, BindingResult result) {
		if (form.country() != null && !form.country().isBlank() && !JoinChoices.isCountry(form.country())) {
			result.rejectValue("country", "join.error.country");
		}
		if (form.languages() != null && !form.languages().stream().allMatch(JoinChoices::isLanguage)) {
			result.rejectValue("languages", "join.error.languages.unknown");
		}
		if ((form.latitude() == null) != (form.longitude() == null) && !result.hasFieldErrors("latitude")
				&& !result.hasFieldErrors("longitude")) {
			result.rejectValue(form.latitude() == null ? "latitude" : "longitude", "join.error.coordinates.both");
		}
		if (form.councilDecisionDate() != null && form.councilDecisionDate().isAfter(LocalDate.now(clock))) {
			result.rejectValue("councilDecisionDate", "join.error.councilDecisionDate.future");
		}
		MultipartFile charter = form.charter();
		if (charter == null || charter.isEmpty()) {
			result.rejectValue("charter", "join.error.charter");
		}
		else if (charter.getSize() > Charters.MAX_BYTES) {
			result.rejectValue("charter", "join.error.charter.size");
		}
		else if (!Charters.PDF.equalsIgnoreCase(String.valueOf(charter.getContentType()))) {
			result.rejectValue("charter", "join.error.charter.type");
		}
	}

	private static String safeFilename(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		name = name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
		if (name.length() > 100) {
			name = name.substring(name.length() - 100);
		}
		return name.isEmpty() ? "charter.pdf" : name;
	}

	String show(Model model, Locale locale) {
		model.addAttribute("countries", JoinChoices.countries(locale));
		model.addAttribute("languageChoices", JoinChoices.languages(locale));
		model.addAttribute("maxDate", LocalDate.now(clock));
		model.addAttribute("contactLanguages", Language.values());
		return "join/form";
	}

}

package org.inclusivecities.platform.join.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.inclusivecities.platform.join.CityApplication;
import org.inclusivecities.platform.join.Charters;
import org.inclusivecities.platform.join.LikelyDuplicate;
import org.inclusivecities.platform.join.LikelyDuplicates;
import org.inclusivecities.platform.join.NetworkApplications;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.people.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Join the network": a city applies with its data, a contact and the signed charter (PDF). */
@Controller
class JoinController {

	static final String FORM = "joinForm";

	private final NetworkApplications applications;

	private final LikelyDuplicates duplicates;

	private final MessageSource messages;

	private final Clock clock;

	private final SiteUrl siteUrl;

	JoinController(NetworkApplications applications, LikelyDuplicates duplicates, MessageSource messages,
			SiteUrl siteUrl, Clock clock) {
		this.siteUrl = siteUrl;
		this.applications = applications;
		this.duplicates = duplicates;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/join")
	String form(Model model, Locale locale, HttpServletRequest request) {
		HeldCharter.forget(request);
		model.addAttribute(FORM, JoinForm.empty(Language.of(locale)));
		return show(model, locale);
	}

	@PostMapping("/join")
	String apply(@Valid @ModelAttribute(FORM) JoinForm form, BindingResult result,
			@RequestParam(name = "charter", required = false) MultipartFile charterFile, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (form == null) {
			// the binder could not build the form from what was sent (a shape no browser sends): say what failed
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute(FORM, JoinForm.empty(Language.of(locale)));
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return show(model, locale);
		}
		check(form, result);
		HeldCharter held = HeldCharter.in(request).filter(h -> charterFile == null || charterFile.isEmpty())
			.orElse(null);
		byte[] charter = held != null ? held.content() : checkCharter(charterFile, result);
		if (held != null) {
			model.addAttribute("heldCharter", held.filename());
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return show(model, locale);
		}
		String filename = held != null ? held.filename() : safeFilename(charterFile);
		List<LikelyDuplicate> resembled = duplicates.of(form.profile(), form.contact().email());
		if (!resembled.isEmpty() && !form.confirmedDifferentCity()) {
			// nothing is stored yet: the form comes back with every value, the charter kept for the next send
			HeldCharter.keep(request, charter, filename);
			model.addAttribute("duplicates", resembled);
			model.addAttribute("heldCharter", filename);
			return show(model, locale);
		}
		CityApplication application = applications.apply(form.profile(), form.contact(), charter, filename,
				form.decisionDate(), !resembled.isEmpty(), siteUrl.current());
		HeldCharter.forget(request);
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
		checkPopulation(form.population(), result);
		checkDegrees("latitude", form.latitude(), 90, result);
		checkDegrees("longitude", form.longitude(), 180, result);
		if (JoinForm.isBlank(form.latitude()) != JoinForm.isBlank(form.longitude()) && !result.hasFieldErrors("latitude")
				&& !result.hasFieldErrors("longitude")) {
			result.rejectValue(JoinForm.isBlank(form.latitude()) ? "latitude" : "longitude",
					"join.error.coordinates.both");
		}
		if (!JoinForm.isBlank(form.contactLanguage())
				&& Arrays.stream(Language.values()).noneMatch(l -> l.name().equals(form.contactLanguage()))) {
			result.rejectValue("contactLanguage", "join.error.contactLanguage");
		}
		checkDate(form.councilDecisionDate(), result);
	}

	/** The charter's bytes when it is a PDF (declared type and magic bytes) of at most 5 MB, else null. */
	private static byte[] checkCharter(MultipartFile charter, BindingResult result) throws IOException {
		String problem = null;
		byte[] content = null;
		if (charter == null || charter.isEmpty()) {
			problem = "join.error.charter";
		}
		else if (charter.getSize() > Charters.MAX_BYTES) {
			problem = "join.error.charter.size";
		}
		else if (!Charters.PDF.equalsIgnoreCase(String.valueOf(charter.getContentType()))
				|| !Charters.looksLikePdf(content = charter.getBytes())) {
			problem = "join.error.charter.type";
		}
		if (problem != null) {
			result.addError(new FieldError(FORM, "charter", null, false, new String[] { problem }, null, null));
			return null;
		}
		return content;
	}

	private static void checkPopulation(String value, BindingResult result) {
		if (JoinForm.isBlank(value) || result.hasFieldErrors("population")) {
			return;
		}
		try {
			long population = Long.parseLong(value.strip());
			if (population <= 0) {
				result.rejectValue("population", "join.error.population.positive");
			}
			else if (population > JoinForm.MAX_POPULATION) {
				result.rejectValue("population", "join.error.population.max");
			}
		}
		catch (NumberFormatException ex) {
			result.rejectValue("population", "typeMismatch.joinForm.population");
		}
	}

	private static void checkDegrees(String field, String value, double limit, BindingResult result) {
		if (JoinForm.isBlank(value) || result.hasFieldErrors(field)) {
			return;
		}
		try {
			double degrees = Double.parseDouble(value.strip());
			if (!(degrees >= -limit && degrees <= limit)) {
				result.rejectValue(field, "join.error." + field);
			}
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, "typeMismatch.joinForm." + field);
		}
	}

	private void checkDate(String value, BindingResult result) {
		if (JoinForm.isBlank(value) || result.hasFieldErrors("councilDecisionDate")) {
			return;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.isAfter(LocalDate.now(clock))) {
				result.rejectValue("councilDecisionDate", "join.error.councilDecisionDate.future");
			}
			else if (date.getYear() < 2000) {
				// the charter was written in this century: a decision in 1900 is a typing error
				result.rejectValue("councilDecisionDate", "join.error.councilDecisionDate.tooOld");
			}
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("councilDecisionDate", "typeMismatch.joinForm.councilDecisionDate");
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

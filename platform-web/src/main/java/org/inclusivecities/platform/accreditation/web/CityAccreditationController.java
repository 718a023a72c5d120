package org.inclusivecities.platform.accreditation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.request.AccreditationEligibility;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.EvidenceDownloads;
import org.inclusivecities.platform.request.EvidenceUpload;
import org.inclusivecities.platform.request.PlanChanges;
import org.inclusivecities.platform.request.PlanFreezer;
import org.inclusivecities.platform.request.RequestErrors.NotReadyForAccreditation;
import org.inclusivecities.platform.request.ReviewViews.CityView;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's accreditation page: what the charter checklist still misses, or the request form (city admins), and
 * the blind status of the city's requests.
 */
@Controller
@RequestMapping("/my/cities/{slug}/accreditation")
class CityAccreditationController {

	private final AccreditationService accreditation;

	private final PlanReadiness readiness;

	private final AccreditationEligibility eligibility;

	private final PlanFreezer freezer;

	private final MessageSource messages;

	private final EvidenceDownloads evidence;

	private final Clock clock;

	private final PlanChanges changes;

	private final BadgeSnippet badge;

	private final org.inclusivecities.platform.request.Certificates certificates;

	CityAccreditationController(AccreditationService accreditation, PlanReadiness readiness,
			AccreditationEligibility eligibility, PlanFreezer freezer, MessageSource messages, EvidenceDownloads evidence,
			PlanChanges changes, Clock clock, BadgeSnippet badge,
			org.inclusivecities.platform.request.Certificates certificates) {
		this.badge = badge;
		this.certificates = certificates;
		this.changes = changes;
		this.evidence = evidence;
		this.accreditation = accreditation;
		this.readiness = readiness;
		this.eligibility = eligibility;
		this.freezer = freezer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(CityWorkspace workspace, Model model) {
		model.addAttribute("form", RequestForm.empty());
		return show(workspace, model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping
	String request(CityWorkspace workspace, @ModelAttribute("form") RequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		LocalDate from = date(form.reviewFrom(), "reviewFrom", errors);
		LocalDate to = date(form.reviewTo(), "reviewTo", errors);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (from != null && from.isBefore(today)) {
			errors.rejectValue("reviewFrom", "review.request.error.past");
		}
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("reviewTo", "review.request.error.order");
		}
		List<EvidenceUpload> evidence = EvidenceSlots.check(form, errors);
		if (errors.hasErrors()) {
			return show(workspace, model);
		}
		PlanFreezer.Frozen frozen = freezer.freeze(workspace.cityId());
		try {
			accreditation.submit(workspace.cityId(), workspace.person().getId(), frozen.snapshot(),
					new HashSet<>(workspace.city().profile().languages()), RequestTopics.of(frozen.plan()),
					new Period(from, to), evidence, form.languageRequired());
		}
		catch (NotReadyForAccreditation e) {
			errors.reject("review.request.error.notReady");
			return show(workspace, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("review.request.sent", null, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/accreditation";
	}

	private String show(CityWorkspace workspace, Model model) {
		List<CityView> requests = accreditation.ownRequests(workspace.cityId());
		// the rule the request service applies; the plan's checklist explains what is missing, with its details
		boolean eligible = eligibility.missingItems(workspace.cityId()).isEmpty();
		boolean open = requests.stream().anyMatch(r -> r.status().open());
		model.addAttribute("workspace", workspace);
		model.addAttribute("cityLanguages", String.join(", ", workspace.city().profile().languages()));
		model.addAttribute("eligible", eligible);
		model.addAttribute("missing", eligible ? List.of() : readiness.assess(workspace.cityId()).missing());
		model.addAttribute("requests", requests);
		model.addAttribute("criteria", Criterion.values());
		Map<String, PlanChanges.Resubmission> resubmissions = new HashMap<>();
		requests.stream()
			.filter(r -> r.previousRequestId() != null)
			.forEach(r -> changes.since(workspace.cityId(), r.requestId())
				.ifPresent(c -> resubmissions.put(r.requestId(), c)));
		model.addAttribute("changes", resubmissions);
		// what each request's certificate is today, as its public page says (valid, suspended, expired, replaced...)
		Map<String, org.inclusivecities.platform.request.CertificateState> certificateStates = new HashMap<>();
		requests.stream()
			.filter(r -> r.decision() != null && r.decision().certificateCode() != null)
			.forEach(r -> certificates.verify(r.decision().certificateCode())
				.ifPresent(c -> certificateStates.put(c.code(), c.state())));
		model.addAttribute("certificateStates", certificateStates);
		model.addAttribute("resubmitting", !requests.isEmpty() && requests.getFirst().notYet());
		model.addAttribute("sentEvidence", evidence.ofCity(workspace.cityId()));
		model.addAttribute("badge", badge.of(workspace.cityId(), workspace.city().getName(),
				org.springframework.context.i18n.LocaleContextHolder.getLocale()).orElse(null));
		boolean canRequest = workspace.has(Role.CITY_ADMIN) && eligible && !open;
		boolean rejected = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult result
				&& result.hasErrors();
		model.addAttribute("showForm", workspace.has(Role.CITY_ADMIN) && (canRequest || rejected));
		return "accreditation/city";
	}


	private static LocalDate date(String value, String field, BindingResult errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "review.request.error.required");
			return null;
		}
		LocalDate day = IsoDates.parse(value).orElse(null);
		if (day == null) {
			errors.rejectValue(field, "review.request.error.format");
		}
		return day;
	}

}

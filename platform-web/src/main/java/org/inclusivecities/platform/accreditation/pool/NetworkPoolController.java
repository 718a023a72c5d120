package org.inclusivecities.platform.accreditation.pool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.pool.ConflictKind;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's network-wide reviewer pool (only network admins reach {@code /admin/**}): every active reviewer
 * filtered and sorted by GET query, the same rows as CSV, and conflicts and ties recorded by the secretariat. Each
 * recorded change publishes its event, so a live seat it breaks is flagged at once (mail and waiting list) and the
 * page says which requests were flagged.
 */
@Controller
@RequestMapping("/admin/accreditation/pool")
class NetworkPoolController {

	private static final String PAGE = "redirect:/admin/accreditation/pool";

	private final NetworkPoolRows rows;

	private final NetworkPoolCsv csv;

	private final ReviewerPool pool;

	private final ReviewerPoolService service;

	private final NewFlags flags;

	private final PoolChoices choices;

	private final MessageSource messages;

	NetworkPoolController(NetworkPoolRows rows, NetworkPoolCsv csv, ReviewerPool pool, ReviewerPoolService service,
			NewFlags flags, PoolChoices choices, MessageSource messages) {
		this.rows = rows;
		this.csv = csv;
		this.pool = pool;
		this.service = service;
		this.flags = flags;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping
	String page(@ModelAttribute("poolQuery") PoolQuery query, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		return show(checked(query, result, model, locale, response), model, locale);
	}

	/** The filtered rows as CSV; a bad filter shows the page with the field's error instead. */
	@GetMapping("/export.csv")
	String export(@ModelAttribute("poolQuery") PoolQuery query, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		PoolQuery checked = checked(query, result, model, locale, response);
		if (result.hasErrors()) {
			return show(checked, model, locale);
		}
		csv.write(rows.rows(checked, locale), locale, response);
		return null;
	}

	@PostMapping("/conflicts")
	String declareConflict(@ModelAttribute("conflictForm") SecretariatConflictForm form, BindingResult result,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<ReviewerNomination> active = pool.activeReviewers();
		ReviewerNomination nomination = NetworkPoolChecks.nomination(form.nomination(), active, result).orElse(null);
		City city = NetworkPoolChecks.city(form.conflictCity(), nomination == null ? null : nomination.getCityId(),
				rows.cities(), "conflictCity", "pool.error.conflict.nominating", result).orElse(null);
		ConflictKind kind = NominationChecks.kind(ConflictKind.class, form.conflictKind(), "conflictKind", result)
			.orElse(null);
		String reason = NetworkPoolChecks.reason(form.reason(), result);
		if (result.hasErrors()) {
			return invalid(result, model, locale, response);
		}
		List<NewFlags.Flagged> flagged = flags.after(() -> service.declareConflict(nomination.getCityId(),
				nomination.getId(), city.getId(), kind, reason, principal.personId()));
		redirect.addFlashAttribute("flash",
				messages.getMessage("pool.network.conflict.recorded", new Object[] { city.getName() }, locale));
		redirect.addFlashAttribute("flagged", flagged);
		return PAGE;
	}

	@PostMapping("/ties")
	String declareTie(@ModelAttribute("tieForm") SecretariatTieForm form, BindingResult result,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<City> cities = rows.cities();
		City city = NetworkPoolChecks.city(form.tieCity(), null, cities, "tieCity", "", result).orElse(null);
		City other = NetworkPoolChecks.city(form.tieOther(), form.tieCity(), cities, "tieOther",
				"pool.error.tie.same", result).orElse(null);
		TieKind kind = NominationChecks.kind(TieKind.class, form.tieKind(), "tieKind", result).orElse(null);
		if (result.hasErrors()) {
			return invalid(result, model, locale, response);
		}
		List<NewFlags.Flagged> flagged = flags
			.after(() -> service.declareTie(city.getId(), other.getId(), kind, principal.personId()));
		redirect.addFlashAttribute("flash", messages.getMessage("pool.network.tie.recorded",
				new Object[] { city.getName(), other.getName() }, locale));
		redirect.addFlashAttribute("flagged", flagged);
		return PAGE;
	}

	private PoolQuery checked(PoolQuery query, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		NetworkPoolChecks.query(query, rows.cities(), result);
		if (!result.hasErrors()) {
			return query;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		return PoolQuery.ALL;
	}

	private String invalid(BindingResult result, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		model.addAttribute("poolQuery", PoolQuery.ALL);
		return show(PoolQuery.ALL, model, locale);
	}

	private String show(PoolQuery query, Model model, Locale locale) {
		model.addAttribute("rows", rows.rows(query, locale));
		model.addAttribute("query", query);
		model.addAttribute("cityChoices",
				rows.cities().stream().map(c -> new PoolChoices.Choice(c.getId(), c.getName())).toList());
		model.addAttribute("languages", choices.languages(locale));
		List<PoolChoices.Choice> expertise = new ArrayList<>(choices.activityTypes(locale));
		expertise.addAll(choices.sectors(locale));
		model.addAttribute("expertiseChoices", expertise);
		model.addAttribute("sortChoices", Arrays.stream(PoolQuery.Sort.values())
			.map(s -> new PoolChoices.Choice(s.name(), messages.getMessage("pool.network.sort." + s, null, locale)))
			.toList());
		model.addAttribute("nominationChoices", rows.rows(PoolQuery.ALL, locale)
			.stream()
			.map(r -> new PoolChoices.Choice(r.nominationId(),
					messages.getMessage("pool.network.reviewerOf", new Object[] { r.name(), r.city() }, locale)))
			.toList());
		model.addAttribute("conflictKinds", ConflictKind.values());
		model.addAttribute("tieKinds", TieKind.values());
		if (!model.containsAttribute("conflictForm")) {
			model.addAttribute("conflictForm", SecretariatConflictForm.empty());
		}
		if (!model.containsAttribute("tieForm")) {
			model.addAttribute("tieForm", SecretariatTieForm.empty());
		}
		return "accreditation/pool/network";
	}

}

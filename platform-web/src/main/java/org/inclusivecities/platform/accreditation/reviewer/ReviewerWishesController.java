package org.inclusivecities.platform.accreditation.reviewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.request.ReviewerWishes;
import org.inclusivecities.platform.request.ReviewerWishes.WishesRefused;
import org.inclusivecities.platform.routing.Wish;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's wishes for the open requests (want / willing / rather not) and their own load per cycle (at least,
 * at most). Only an active reviewer has this page; anyone else gets 404. Nothing here is ever shown to a city.
 */
@Controller
@RequestMapping("/my/reviewer/wishes")
class ReviewerWishesController {

	private static final String PREFIX = "wish-";

	private final ReviewerWishes wishes;

	private final Cities cities;

	private final MessageSource messages;

	ReviewerWishesController(ReviewerWishes wishes, Cities cities, MessageSource messages) {
		this.wishes = wishes;
		this.cities = cities;
		this.messages = messages;
	}

	/** One row of the page: the requesting city's name, the wish, and the rule that keeps the reviewer off. */
	record Row(String requestId, String cityName, String wish, String refusedBy) {

		public String field() {
			return PREFIX + requestId;
		}

	}

	@GetMapping
	String page(@AuthenticationPrincipal PlatformPrincipal me, Model model) {
		ReviewerWishes.OwnLoad load = wishes.ownLoad(me.personId());
		return show(me, Map.of(), String.valueOf(load.minimum()), String.valueOf(load.maximum()), model);
	}

	@PostMapping
	String state(@AuthenticationPrincipal PlatformPrincipal me, @RequestParam Map<String, String> form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> stated = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(PREFIX)) {
				stated.put(name.substring(PREFIX.length()), value);
			}
		});
		try {
			wishes.state(me.personId(), stated);
		}
		catch (WishesRefused refused) {
			Map<String, String> errors = new LinkedHashMap<>();
			refused.problems()
				.forEach((requestId, problem) -> errors.put(PREFIX + requestId, problem.startsWith("rule:")
						? messages.getMessage("reviewer.wishes.error.rule",
								new Object[] { messages.getMessage("reviewAdmin.rule." + problem.substring(5), null, locale) },
								locale)
						: messages.getMessage("reviewer.wishes.error.invalid", null, locale)));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
			ReviewerWishes.OwnLoad load = wishes.ownLoad(me.personId());
			return show(me, stated, String.valueOf(load.minimum()), String.valueOf(load.maximum()), model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("reviewer.wishes.saved", null, locale));
		return "redirect:/my/reviewer/wishes";
	}

	@PostMapping("/load")
	String load(@AuthenticationPrincipal PlatformPrincipal me, @RequestParam(defaultValue = "") String minimum,
			@RequestParam(defaultValue = "") String maximum, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		wishes.ownLoad(me.personId());
		Map<String, String> errors = new LinkedHashMap<>();
		Integer min = number(minimum, 0);
		Integer max = number(maximum, 1);
		if (min == null) {
			errors.put("minimum", messages.getMessage("reviewer.load.error.minimum", null, locale));
		}
		if (max == null) {
			errors.put("maximum", messages.getMessage("reviewer.load.error.maximum", null, locale));
		}
		if (min != null && max != null && min > max) {
			errors.put("minimum", messages.getMessage("reviewer.load.error.order", null, locale));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
			return show(me, Map.of(), minimum, maximum, model);
		}
		wishes.setOwnLoad(me.personId(), min, max);
		redirect.addFlashAttribute("flash", messages.getMessage("reviewer.load.saved", null, locale));
		return "redirect:/my/reviewer/wishes";
	}

	/** A whole number from {@code least} to the largest maximum, or null. */
	private static Integer number(String value, int least) {
		try {
			int n = Integer.parseInt(value.strip());
			return n < least || n > org.inclusivecities.platform.pool.ReviewerNomination.MAX_CAP ? null : n;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private String show(PlatformPrincipal me, Map<String, String> stated, String minimum, String maximum,
			Model model) {
		List<Row> rows = wishes.openFor(me.personId())
			.stream()
			.map(open -> new Row(open.requestId(), cities.findById(open.cityId()).map(City::getName).orElse(""),
					stated.getOrDefault(open.requestId(), open.wish().name()), open.refusedBy()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("choices", Wish.values());
		model.addAttribute("minimum", minimum);
		model.addAttribute("maximum", maximum);
		return "accreditation/reviewer/wishes";
	}

}

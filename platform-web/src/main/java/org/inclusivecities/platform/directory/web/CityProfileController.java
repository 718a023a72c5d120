package org.inclusivecities.platform.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.city.CityProfileSection;
import org.inclusivecities.platform.directory.Countries;
import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.directory.StatusFilters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * A listed city's public profile: who they are, then every {@link CityProfileSection} other modules
 * register (plan, activities, indicators, practices), in order. Unknown or unlisted city → 404 page.
 */
@Controller
class CityProfileController {

	private final MemberDirectory directory;

	private final StatusFilters statusFilters;

	private final ObjectProvider<CityProfileSection> sections;

	private final MessageSource messages;

	private final SiteUrl siteUrl;

	private final Cities cities;

	CityProfileController(MemberDirectory directory, StatusFilters statusFilters,
			ObjectProvider<CityProfileSection> sections, MessageSource messages, SiteUrl siteUrl,
			Cities cities) {
		this.cities = cities;
		this.siteUrl = siteUrl;
		this.directory = directory;
		this.statusFilters = statusFilters;
		this.sections = sections;
		this.messages = messages;
	}

	/** A contributed section ready to render: its template and the model it asked for. */
	public record RenderedSection(String template, Map<String, Object> model) {
	}

	/** A listed city's profile; the old address of a record merged into another leads there for good (301). */
	@GetMapping("/cities/{slug}")
	Object profile(@PathVariable String slug, Locale locale, Model model) {
		City city = directory.find(slug).orElse(null);
		if (city == null) {
			String survivor = cities.mergedAddress(slug).orElseThrow(() -> new CityNotFound(slug));
			RedirectView moved = new RedirectView("/cities/" + UriUtils.encodePathSegment(survivor, StandardCharsets.UTF_8), true);
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return moved;
		}
		String countryName = Countries.countryName(city.getCountry(), locale);
		model.addAttribute("city", city);
		model.addAttribute("entry", directory.entry(city));
		model.addAttribute("countryName", countryName);
		model.addAttribute("languageNames",
				city.getLanguages().stream().map(l -> Countries.languageName(l, locale)).toList());
		model.addAttribute("memberSince",
				city.getMemberSince() == null ? null : LocalDate.ofInstant(city.getMemberSince(), ZoneOffset.UTC));
		model.addAttribute("badges", statusFilters.badgesOf(city));
		model.addAttribute("steps", directory.stepsOf(city));
		model.addAttribute("sections", sectionsOf(city, locale));
		model.addAttribute("ogDescription", messages.getMessage("directory.profile.og",
				new Object[] { city.getName(), countryName }, locale));
		model.addAttribute("ogUrl", siteUrl.current() + "/cities/" + UriUtils.encodePathSegment(city.getSlug(), StandardCharsets.UTF_8));
		return "directory/profile";
	}

	private List<RenderedSection> sectionsOf(City city, Locale locale) {
		return sections.orderedStream()
			.sorted(Comparator.comparingInt(CityProfileSection::order))
			.flatMap(s -> s.contribute(city, locale).map(m -> new RenderedSection(s.template(), m)).stream())
			.toList();
	}

}

package org.inclusivecities.platform.layout.web;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.CityStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the static information pages. */
@Controller
class HomeController {

	private final Cities cities;

	HomeController(Cities cities) {
		this.cities = cities;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("memberCount", cities.countByStatus(CityStatus.MEMBER));
		return "home";
	}

	@GetMapping("/about")
	String about() {
		return "about";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "privacy";
	}

}

package org.inclusivecities.platform.join.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.join.ApplicationNotFound;
import org.inclusivecities.platform.join.CityApplication;
import org.inclusivecities.platform.join.NetworkApplications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The applicant's status page, linked from the confirmation mail: no sign-in, the unguessable token of the link
 * finds the one application, and the page shows its state and next step only. Never cached, never sent as referrer.
 */
@Controller
class ApplicationStatusController {

	private final NetworkApplications applications;

	ApplicationStatusController(NetworkApplications applications) {
		this.applications = applications;
	}

	@GetMapping("/join/status/{token}")
	String status(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		CityApplication application = applications.byStatusToken(token)
			.orElseThrow(() -> new ApplicationNotFound("by status token"));
		model.addAttribute("cityApplication", application);
		model.addAttribute("cityName", applications.cityOf(application).getName());
		return "join/status";
	}

}

package org.inclusivecities.platform.plan.web;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublicPlans;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The latest published plan as a PDF, for everyone (404 when nothing is published). */
@RestController
class PlanExportController {

	private final Cities cities;

	private final PublicPlans published;

	private final PlanPdf pdf;

	PlanExportController(Cities cities, PublicPlans published, PlanPdf pdf) {
		this.cities = cities;
		this.published = published;
		this.pdf = pdf;
	}

	@GetMapping("/api/v1/cities/{slug}/plan/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug) {
		City city = cities.findBySlug(slug).orElseThrow(() -> new CityNotFound(slug));
		PublicPlan plan = published.latest(city.getId())
			.orElseThrow(() -> new CityNotFound(slug));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"" + city.getSlug() + "-action-plan-" + plan.label() + ".pdf\"")
			.body(pdf.render(city, plan));
	}

}

package org.inclusivecities.platform.plan.web;

import java.net.URI;
import java.util.List;

import org.inclusivecities.platform.plan.monitoring.ImportPreview;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.MeasurementCsv;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicators and measurements of a city, for its members. */
@RestController
@RequestMapping("/api/v1/cities/{slug}/plan/indicators")
class MonitoringApiController {

	private final IndicatorService indicators;

	private final MeasurementCsv csv;

	MonitoringApiController(IndicatorService indicators, MeasurementCsv csv) {
		this.indicators = indicators;
		this.csv = csv;
	}

	/**
	 * Measurements of any of the city's indicators from a CSV or XLSX body: every row or none (400 listing each bad
	 * line). A measurement is identified by indicator and date, so sending the same file again adds nothing; with
	 * {@code preview=true} nothing is written and the answer says what would be new, changed and unchanged.
	 */
	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping(value = "/measurements",
			consumes = { "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	ResponseEntity<java.util.Map<String, Object>> importFile(CityWorkspace workspace, @RequestBody byte[] body,
			@RequestParam(defaultValue = "false") boolean preview) {
		if (preview) {
			return ResponseEntity.ok(summary(csv.preview(workspace.cityId(), body), false));
		}
		return ResponseEntity.status(201).body(summary(csv.importFrom(workspace.cityId(), body), true));
	}

	private static java.util.Map<String, Object> summary(ImportPreview preview, boolean written) {
		return java.util.Map.of("imported", written ? preview.added() + preview.updated() : 0, "added",
				preview.added(), "updated", preview.updated(), "unchanged", preview.unchanged(), "rows", preview.rows());
	}

	@GetMapping(value = "/measurements/template", produces = "text/csv")
	String template(CityWorkspace workspace) {
		return csv.template(workspace.cityId());
	}

	@GetMapping
	List<Indicator> list(CityWorkspace workspace) {
		return indicators.list(workspace.cityId());
	}

	@GetMapping("/{id}")
	Indicator get(CityWorkspace workspace, @PathVariable String id) {
		return indicators.get(workspace.cityId(), id);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	ResponseEntity<Indicator> define(CityWorkspace workspace, @RequestBody IndicatorDefinition definition) {
		Indicator indicator = indicators.define(workspace.cityId(), definition);
		return ResponseEntity.created(URI.create(
				"/api/v1/cities/" + workspace.slug() + "/plan/indicators/" + indicator.getId())).body(indicator);
	}

	/** Changes the definition; {@code version} is the indicator's version the change is based on (409 when stale). */
	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PutMapping("/{id}")
	Indicator redefine(CityWorkspace workspace, @PathVariable String id, @RequestBody Redefinition change) {
		if (change.version() == null || change.definition() == null) {
			throw new InvalidPlanContent(change.version() == null ? "version" : "definition", "plan.error.required");
		}
		return indicators.redefine(workspace.cityId(), id, change.version(), change.definition());
	}

	record Redefinition(Long version, IndicatorDefinition definition) {
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(CityWorkspace workspace, @PathVariable String id) {
		indicators.remove(workspace.cityId(), id);
		return ResponseEntity.noContent().build();
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{id}/measurements")
	ResponseEntity<Indicator> measure(CityWorkspace workspace, @PathVariable String id,
			@RequestBody List<Measurement> measurements) {
		if (measurements.isEmpty() || measurements.size() > 1000) {
			throw new InvalidPlanContent("measurements", "plan.error.tooMany", 1000);
		}
		indicators.record(workspace.cityId(), id, measurements);
		return ResponseEntity.status(201).body(indicators.get(workspace.cityId(), id));
	}

}

package org.inclusivecities.platform.plan.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.plan.ActionPlan;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PartContent;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublishedPlan;
import org.inclusivecities.platform.plan.PublicPlans;
import org.inclusivecities.platform.plan.PublishedVersionNotFound;
import org.inclusivecities.platform.plan.Readiness;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan as open data: the latest published version for everyone; the draft, readiness, publishing and
 * history for the city's members (resolved from the slug and the signed-in person; others get 404).
 */
@RestController
@RequestMapping("/api/v1/cities/{slug}/plan")
class PlanApiController {

	private final Cities cities;

	private final PublicPlans published;

	private final ActionPlanService plans;

	private final PlanPublisher publisher;

	private final PlanReadiness readiness;

	private final JsonMapper json;

	private final PublicationMail mail;

	PlanApiController(Cities cities, PublicPlans published, ActionPlanService plans, PlanPublisher publisher,
			PlanReadiness readiness, JsonMapper json, PublicationMail mail) {
		this.mail = mail;
		this.cities = cities;
		this.published = published;
		this.plans = plans;
		this.publisher = publisher;
		this.readiness = readiness;
		this.json = json;
	}

	/** Public: the latest published version, or 404 when the city has published none. */
	@GetMapping
	PublicPlan latest(@PathVariable String slug) {
		var city = cities.findBySlug(slug).orElseThrow(() -> new CityNotFound(slug));
		return published.latest(city.getId()).orElseThrow(() -> new CityNotFound(slug));
	}

	@GetMapping("/draft")
	Map<String, Object> draft(CityWorkspace workspace) {
		ActionPlan plan = plans.draft(workspace.cityId());
		Map<String, Object> parts = new LinkedHashMap<>();
		for (PlanPart part : PlanPart.values()) {
			parts.put(part.slug(), plan.section(part));
		}
		return parts;
	}

	@GetMapping("/draft/{part}")
	Object part(CityWorkspace workspace, @PathVariable String part) {
		return plans.draft(workspace.cityId()).section(partOf(part));
	}

	/** Replaces one part; {@code version} is the part's version the change is based on (409 when stale). */
	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PutMapping("/draft/{part}")
	Object save(CityWorkspace workspace, @PathVariable String part, @RequestBody PartChange change) {
		var editor = PlanWeb.editor(workspace);
		PlanPart planPart = partOf(part);
		if (change.version() == null || change.content() == null) {
			throw new InvalidPlanContent(change.version() == null ? "version" : "content", "plan.error.required");
		}
		PartContent content;
		try {
			content = json.treeToValue(change.content(), planPart.type());
		}
		catch (JacksonException ex) {
			Throwable cause = ex.getCause();
			while (cause != null && !(cause instanceof InvalidPlanContent)) {
				cause = cause.getCause();
			}
			if (cause instanceof InvalidPlanContent invalid) {
				throw invalid;
			}
			throw new InvalidPlanContent("content", "plan.error.unreadable");
		}
		return plans.save(workspace.cityId(), planPart, change.version(), content, editor).section(planPart);
	}

	@GetMapping("/readiness")
	Readiness readiness(CityWorkspace workspace) {
		return readiness.assess(workspace.cityId());
	}

	/** Publishing is the city admin's decision, through the API as on the page (a council member proposes it there). */
	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/versions")
	ResponseEntity<VersionSummary> publish(CityWorkspace workspace) {
		PublishedPlan version = publisher.publish(workspace.cityId(), PlanWeb.editor(workspace));
		mail.published(workspace, version);
		return ResponseEntity
			.created(URI.create("/api/v1/cities/" + workspace.slug() + "/plan/versions/" + version.getNumber()))
			.body(VersionSummary.of(version));
	}

	@GetMapping("/versions")
	List<VersionSummary> versions(CityWorkspace workspace) {
		return publisher.history(workspace.cityId()).stream().map(VersionSummary::of).toList();
	}

	@GetMapping("/versions/{number}")
	PublicPlan version(CityWorkspace workspace, @PathVariable int number) {
		return published.version(workspace.cityId(), number).orElseThrow(() -> new PublishedVersionNotFound(number));
	}

	private static PlanPart partOf(String slug) {
		return PlanPart.fromSlug(slug).orElseThrow(() -> new InvalidPlanContent("part", "plan.error.unknownPart"));
	}

	record PartChange(Long version, JsonNode content) {
	}

	record VersionSummary(int number, String label, java.time.Instant publishedAt, String publishedBy) {
		static VersionSummary of(PublishedPlan plan) {
			return new VersionSummary(plan.getNumber(), plan.getLabel(), plan.getPublishedAt(), plan.getPublishedByName());
		}
	}

}

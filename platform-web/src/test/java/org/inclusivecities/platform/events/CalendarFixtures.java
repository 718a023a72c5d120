package org.inclusivecities.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activities;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Council;
import org.inclusivecities.platform.plan.ConsentBasis;
import org.inclusivecities.platform.plan.CouncilConsentScope;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;

/**
 * Calendar test data relative to {@code today}: Eventstad (NL member) publishes a plan with two public
 * activities (one upcoming with coordinates, one past) and a non-public one, then changes its draft only;
 * Tweedestad (BE member) publishes one public activity without coordinates; Aanvraagdorp (applicant) publishes
 * a plan with a public activity that must never be shown.
 */
public record CalendarFixtures(City eventstad, City tweedestad, City applicant, LocalDate walkDate) {

	public static final String WALK = "Walk; with, \"quotes\" and a backslash \\";

	public static final Editor EDITOR = new Editor("tester", "Tester");

	public static CalendarFixtures seed(Cities cities, ActionPlanService plans, PlanPublisher publisher,
			IndicatorService indicators, CouncilConsents consents, LocalDate today) {
		LocalDate walk = today.plusDays(30);
		City a = member(cities, "Eventstad", "NL", new Coordinates(52.37, 4.89));
		plans.save(a.getId(), PlanPart.MISSION, 0, new Mission("Published mission of Eventstad", "Published vision"), EDITOR);
		CouncilMember anna = CouncilMember.create("Anna Consenting", "Org", CouncilProfile.PERSON_IN_RECOVERY, null);
		plans.save(a.getId(), PlanPart.COUNCIL, 0, new Council(List.of(anna,
				CouncilMember.create("Bert Private", "Org", CouncilProfile.SCIENTIST, null))), EDITOR);
		consents.record(a.getId(), anna.id(), CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING,
				today.minusDays(7), EDITOR);
		plans.save(a.getId(), PlanPart.ACTIVITIES, 0, new Activities(List.of(
				activity("walk-1", WALK, ActivityType.RECOVERY_WALK, walk, "Dam square, Amsterdam", 52.373, 4.893, true),
				activity("meeting-1", "Closed council meeting", ActivityType.MUTUAL_AID, walk.plusDays(2), "Town hall", null, null, false),
				activity("cafe-1", "Past recovery cafe", ActivityType.RECOVERY_CAFE, today.minusDays(60), "Library", null, null, true))),
				EDITOR);
		Indicator indicator = indicators.define(a.getId(), new IndicatorDefinition("Walk participants", "people", null,
				null, 500.0, today.plusYears(1), Frequency.YEARLY, Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of()));
		indicators.record(a.getId(), indicator.getId(), List.of(new Measurement(null, today.minusDays(10), 321, "Count", null)));
		publisher.publish(a.getId(), EDITOR);
		// changed after publishing, never published
		plans.save(a.getId(), PlanPart.MISSION, 1, new Mission("Draft mission not for the public", "Draft vision"), EDITOR);
		plans.save(a.getId(), PlanPart.ACTIVITIES, 1, new Activities(List.of(
				activity("draft-1", "Draft only games", ActivityType.RECOVERY_GAMES, walk, "Stadium", null, null, true))),
				EDITOR);

		City b = member(cities, "Tweedestad", "BE", null);
		plans.save(b.getId(), PlanPart.ACTIVITIES, 0, new Activities(List.of(
				activity("ride-1", "Bike ride of Tweedestad", ActivityType.BIKE_RIDE, walk.plusDays(5), "Market", null, null, true))),
				EDITOR);
		publisher.publish(b.getId(), EDITOR);

		City applicant = cities.save(City.apply(new CityProfile("Aanvraagdorp", "NL", null, 20_000L, List.of("nl"),
				null, null), Instant.parse("2026-01-01T00:00:00Z")));
		plans.save(applicant.getId(), PlanPart.ACTIVITIES, 0, new Activities(List.of(
				activity("applicant-1", "Applicant walk", ActivityType.RECOVERY_WALK, walk, "Square", null, null, true))),
				EDITOR);
		publisher.publish(applicant.getId(), EDITOR);
		return new CalendarFixtures(a, b, applicant, walk);
	}

	private static City member(Cities cities, String name, String country, Coordinates at) {
		City city = City.apply(new CityProfile(name, country, null, 100_000L, List.of("nl"), at, null),
				Instant.parse("2024-01-01T00:00:00Z"));
		city.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z"), "admin", null);
		return cities.save(city);
	}

	private static Activity activity(String id, String title, ActivityType type, LocalDate date, String place,
			Double lat, Double lng, boolean isPublic) {
		return new Activity(id, title, type, date, date, new org.inclusivecities.platform.plan.Place(place, lat, lng),
				Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), false, isPublic);
	}

}

package org.inclusivecities.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activities;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Baseline;
import org.inclusivecities.platform.plan.Communication;
import org.inclusivecities.platform.plan.CommunicationRow;
import org.inclusivecities.platform.plan.Council;
import org.inclusivecities.platform.plan.ConsentBasis;
import org.inclusivecities.platform.plan.CouncilConsentScope;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.Goal;
import org.inclusivecities.platform.plan.GoalTerm;
import org.inclusivecities.platform.plan.Goals;
import org.inclusivecities.platform.plan.Attendance;
import org.inclusivecities.platform.plan.AttendeeGroup;
import org.inclusivecities.platform.plan.KickOff;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PartContent;
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.Stakeholder;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.springframework.stereotype.Component;

/**
 * Published action plans for four demo cities, complete enough to pass the charter's readiness check: a council
 * with lived experience, a mission, two public activities in the coming months (they fill the recovery calendar),
 * a baseline, a kick-off, communication, goals and an indicator with measurements (the profile's chart).
 */
@Component
class DemoPlans {

	private final ActionPlanService plans;

	private final PlanPublisher publisher;

	private final IndicatorService indicators;

	private final Clock clock;

	private final CouncilConsents consents;

	DemoPlans(ActionPlanService plans, PlanPublisher publisher, IndicatorService indicators, CouncilConsents consents,
			Clock clock) {
		this.plans = plans;
		this.consents = consents;
		this.publisher = publisher;
		this.indicators = indicators;
		this.clock = clock;
	}

	/** A demo council member and whether they consented (in writing) to their name being public. */
	record Named(CouncilMember member, boolean publicly) {
	}

	private static Named named(String name, String organisation, CouncilProfile profile, String personId,
			boolean publicly) {
		return new Named(CouncilMember.create(name, organisation, profile, personId), publicly);
	}

	record DemoPlan(String slug, String mission, String vision, List<Named> council, String walk,
			Place walkPlace, String cafe, Place cafePlace, String stakeholder, String goal, String indicator) {
	}

	static final List<DemoPlan> PLANS = List.of(
			new DemoPlan("gent",
					"Gent maakt herstel zichtbaar: mensen in herstel doen volwaardig mee in werk, wonen en vrije tijd.",
					"Een stad waar niemand zijn verslavingsverleden moet verbergen om erbij te horen.",
					List.of(named("Els Van Damme", "Stad Gent", CouncilProfile.POLICY_MAKER, null, true),
							named("Jonas", "Herstelacademie", CouncilProfile.PERSON_IN_RECOVERY, null, false),
							named("Ann Peeters", "CGG Eclips", CouncilProfile.PREVENTION_TREATMENT_WORKER,
									null, true)),
					"Herstelwandeling langs de Gentse kaaien", new Place("Korenmarkt", 51.0547, 3.7217),
					"Herstelcafé in De Krook", new Place("De Krook", 51.0487, 3.7275), "VDAB Gent",
					"Twintig werkgevers tekenen het herstelvriendelijke charter", "Bezoekers herstelcafé"),
			new DemoPlan("utrecht",
					"Utrecht werkt samen met ervaringsdeskundigen aan een stad waar herstel gewoon is.",
					"Iedere Utrechter in herstel vindt werk, een huis en mensen om zich heen.",
					List.of(named("Daan de Jong", "Gemeente Utrecht", CouncilProfile.POLICY_MAKER, null,
							true), named("M.", "Herstelwerkplaats", CouncilProfile.FAMILY_MEMBER, null, false),
							named("Fleur Bakker", "Gemeenteraad", CouncilProfile.CITY_COUNCIL_MEMBER, null,
									true)),
					"Herstelwandeling over de Singel", new Place("Neude", 52.0928, 5.1184), "Herstelcafé Oost",
					new Place("Buurthuis Oost", 52.0878, 5.1407), "UWV Midden-Utrecht",
					"Elke wijk heeft een plek waar mensen in herstel elkaar ontmoeten", "Bezoekers herstelcafé"),
			new DemoPlan("glasgow",
					"Glasgow celebrates recovery in public and opens jobs, homes and clubs to people in recovery.",
					"A city where recovery is visible, welcomed and never a reason to be left out.",
					List.of(named("Morag Campbell", "Glasgow City Council", CouncilProfile.POLICY_MAKER,
							null, true), named("Stevie", "Recovery Community", CouncilProfile.PERSON_IN_RECOVERY,
									null, false),
							named("Dr Ruth Allan", "University of Glasgow", CouncilProfile.SCIENTIST, null,
									true)),
					"Recovery walk through the city centre", new Place("George Square", 55.8611, -4.2502),
					"Recovery café at the Mitchell Library", new Place("Mitchell Library", 55.8654, -4.2717),
					"Jobcentre Plus Glasgow", "Fifty employers sign the recovery-friendly workplace pledge",
					"Recovery café visitors"),
			new DemoPlan("dublin",
					"Dublin makes recovery visible and works with people in recovery on every action we take.",
					"Recovery is possible, and Dublin shows it every month of the year.",
					List.of(named("Siobhán Byrne", "Dublin City Council", CouncilProfile.POLICY_MAKER, null,
							true), named("Declan", "Recovery Academy Ireland",
									CouncilProfile.PERSON_IN_RECOVERY, null, false),
							named("Aoife Kelly", "Local employers' forum", CouncilProfile.EMPLOYER, null, true)),
					"Recovery walk along the Liffey", new Place("Custom House Quay", 53.3486, -6.2535),
					"Recovery café in the Liberties", new Place("Liberties", 53.3423, -6.2779), "Intreo Dublin",
					"Every library branch hosts a recovery café once a month", "Recovery café visitors"));

	/** Writes and publishes the plan of each demo city; {@code admins} maps a city slug to its admin. */
	void seed(java.util.Map<String, String> cityIds, java.util.Map<String, Editor> admins) {
		for (DemoPlan demo : PLANS) {
			seed(demo, cityIds.get(demo.slug()), admins.get(demo.slug()));
		}
	}

	/** Writes and publishes this demo plan as the plan of the city (also the phone journeys' realistic plan). */
	void seed(DemoPlan demo, String cityId, Editor editor) {
		LocalDate today = LocalDate.now(clock);
		Activity walk = new Activity(null, demo.walk(), ActivityType.RECOVERY_WALK, today.plusDays(24),
				today.plusDays(24), demo.walkPlace(), Set.of(Aim.MAKE_RECOVERY_VISIBLE, Aim.CELEBRATE_RECOVERY),
				List.of(demo.stakeholder()), true, true);
		Activity cafe = new Activity(null, demo.cafe(), ActivityType.RECOVERY_CAFE, today.plusDays(52),
				today.plusDays(52), demo.cafePlace(), Set.of(Aim.NEW_CONNECTIONS), List.of(), true, true);
		save(cityId, editor, PlanPart.COUNCIL, new Council(demo.council().stream().map(Named::member).toList()));
		demo.council().stream().filter(Named::publicly).forEach(m -> consents.record(cityId, m.member().id(),
				CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING, today.minusMonths(3), editor));
		save(cityId, editor, PlanPart.MISSION, new Mission(demo.mission(), demo.vision()));
		save(cityId, editor, PlanPart.GOALS, new Goals(List.of(new Goal(demo.goal(), GoalTerm.LONG_TERM,
				today.plusYears(2)))));
		save(cityId, editor, PlanPart.BASELINE, new Baseline(
				List.of(new Practice(Sector.EMPLOYMENT, demo.stakeholder(), demo.goal())),
				List.of(new Stakeholder(demo.stakeholder(), Sector.EMPLOYMENT, null, Level.HIGH, Level.MEDIUM,
						EngagementLevel.COLLABORATE))));
		save(cityId, editor, PlanPart.ACTIVITIES, new Activities(List.of(walk, cafe)));
		save(cityId, editor, PlanPart.KICKOFF, new KickOff(today.minusMonths(2), "City hall", demo.stakeholder(),
				List.of(new Attendance(AttendeeGroup.PEOPLE_IN_RECOVERY, 9), new Attendance(AttendeeGroup.FAMILIES, 4),
						new Attendance(AttendeeGroup.EMPLOYMENT, 3), new Attendance(AttendeeGroup.POLICY, 2)),
				null, "The council meets the partners every quarter."));
		save(cityId, editor, PlanPart.COMMUNICATION, new Communication(List.of(new CommunicationRow(
				demo.stakeholder(), demo.mission(), "newsletter", editor.displayName(), "monthly"))));
		monitor(cityId, demo, today);
		publisher.publish(cityId, editor);
	}

	private void save(String cityId, Editor editor, PlanPart part, PartContent content) {
		long version = plans.draft(cityId).section(part).version();
		plans.save(cityId, part, version, content, editor);
	}

	/** One indicator per aim the activities pursue (the readiness check asks for it), with a year of visitors. */
	private void monitor(String cityId, DemoPlan demo, LocalDate today) {
		Indicator visitors = indicators.define(cityId, new IndicatorDefinition(demo.indicator(), "people", 12.0,
				today.minusYears(1), 60.0, today.plusYears(1), Frequency.QUARTERLY,
				Set.of(Aim.NEW_CONNECTIONS, Aim.MAKE_RECOVERY_VISIBLE, Aim.CELEBRATE_RECOVERY), List.of()));
		double[] counts = { 14, 21, 26, 33 };
		List<Measurement> measurements = new java.util.ArrayList<>();
		for (int quarter = 0; quarter < counts.length; quarter++) {
			measurements.add(new Measurement(null, today.minusMonths(12 - 3L * quarter), counts[quarter], "counts at the door",
					null));
		}
		indicators.record(cityId, visitors.getId(), measurements);
	}

}

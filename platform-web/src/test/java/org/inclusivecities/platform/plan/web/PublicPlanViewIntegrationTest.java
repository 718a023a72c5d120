package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
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
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.plan.PlanDetail;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPrivacy;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublicPlans;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.Stakeholder;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every public representation of a published plan (profile page, JSON, PDF, city CSV, sitemap, iCalendar, Atom
 * and events API) against the one public view, for every plan part and sensitive detail, under several choices
 * of the city: nothing private appears anywhere, everything public appears wherever that representation shows
 * the part. Anonymous requests, so the page cache is warm between the choices and must be emptied by them.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class PublicPlanViewIntegrationTest {

	@Autowired
	Clock clock;

	static final Editor EDITOR = new Editor("tester", "Tester");

	/** A value in the published plan; {@code detail} null when only its part decides; JSON shows {@code json}. */
	record Probe(PlanPart part, PlanDetail detail, String text, String json) {

		Probe(PlanPart part, PlanDetail detail, String text) {
			this(part, detail, text, text);
		}

		boolean isPublic(PlanPrivacy privacy) {
			return privacy.shows(part) && (detail == null || privacy.shows(detail));
		}

	}

	static final List<Probe> PROBES = List.of(new Probe(PlanPart.COUNCIL, null, "Zconsentingname"),
			new Probe(PlanPart.COUNCIL, null, "Zcouncilorg"), new Probe(PlanPart.MISSION, null, "Zmissiontext"),
			new Probe(PlanPart.MISSION, null, "Zvisiontext"), new Probe(PlanPart.GOALS, null, "Zgoaltext"),
			new Probe(PlanPart.BASELINE, null, "Zexisting"), new Probe(PlanPart.BASELINE, null, "Zgaps"),
			new Probe(PlanPart.BASELINE, PlanDetail.STAKEHOLDERS, "Zstakeorg"),
			new Probe(PlanPart.BASELINE, PlanDetail.STAKEHOLDERS, "Zstakerole"),
			new Probe(PlanPart.BASELINE, PlanDetail.STAKEHOLDER_RATINGS, "Influence", "\"influence\":\"HIGH\""),
			new Probe(PlanPart.BASELINE, PlanDetail.STAKEHOLDER_RATINGS, "Empower", "\"engagement\":\"EMPOWER\""),
			new Probe(PlanPart.ACTIVITIES, null, "Zpublicwalk"), new Probe(PlanPart.ACTIVITIES, null, "Zwalkplace"),
			new Probe(PlanPart.KICKOFF, null, "Zoutcome"), new Probe(PlanPart.KICKOFF, null, "Zkickplace"),
			new Probe(PlanPart.KICKOFF, null, "Zfollowup"),
			new Probe(PlanPart.KICKOFF, null, "Families: 7", "{\"group\":\"FAMILIES\",\"count\":7}"),
			new Probe(PlanPart.KICKOFF, PlanDetail.KICKOFF_INVITED, "Zinvited"),
			new Probe(PlanPart.COMMUNICATION, null, "Zaudience"), new Probe(PlanPart.COMMUNICATION, null, "Zmessage"),
			new Probe(PlanPart.COMMUNICATION, null, "Zchannel"),
			new Probe(PlanPart.COMMUNICATION, PlanDetail.COMMUNICATION_OWNERS, "Zowner"));

	/** Never public, whatever the city chooses: a name without consent, a closed activity, the publisher. */
	static final List<String> ALWAYS_PRIVATE = List.of("Zdeclinedname", "Zdeclinedorg", "Zclosedmeeting",
			"Zpublisher");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	PublicPlans publicPlans;

	@Autowired
	JsonMapper json;

	@Autowired
	CouncilConsents consents;

	City city;

	String consentingId;

	@BeforeEach
	void publishAPlanWithEveryPart() {
		City applied = City.apply(new CityProfile("Viewstad " + System.nanoTime(), "NL", null, 50_000L, List.of("nl"),
				null, null), Instant.parse("2024-01-01T00:00:00Z"));
		applied.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z"), "admin", null);
		city = cities.save(applied);
		String id = city.getId();
		LocalDate soon = LocalDate.now(clock).plusDays(20);
		CouncilMember consenting = CouncilMember.create("Zconsentingname", "Zcouncilorg",
				CouncilProfile.PERSON_IN_RECOVERY, null);
		CouncilMember declined = CouncilMember.create("Zdeclinedname", "Zdeclinedorg", CouncilProfile.FAMILY_MEMBER,
				null);
		plans.save(id, PlanPart.COUNCIL, 0, new Council(List.of(consenting, declined)), EDITOR);
		consentingId = consenting.id();
		consents.record(id, consentingId, CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING,
				LocalDate.now(clock).minusDays(3), EDITOR);
		// named to the network only: never public
		consents.record(id, declined.id(), CouncilConsentScope.NETWORK, ConsentBasis.IN_PERSON,
				LocalDate.now(clock).minusDays(3), EDITOR);
		plans.save(id, PlanPart.MISSION, 0, new Mission("Zmissiontext", "Zvisiontext"), EDITOR);
		plans.save(id, PlanPart.GOALS, 0, new Goals(List.of(new Goal("Zgoaltext", GoalTerm.values()[0], soon))),
				EDITOR);
		plans.save(id, PlanPart.BASELINE, 0, new Baseline(List.of(new Practice(Sector.HOUSING, "Zexisting", "Zgaps")),
				List.of(new Stakeholder("Zstakeorg", Sector.HEALTH, "Zstakerole", Level.HIGH, Level.HIGH,
						EngagementLevel.EMPOWER))), EDITOR);
		plans.save(id, PlanPart.ACTIVITIES, 0, new Activities(List.of(
				new Activity("walk", "Zpublicwalk", ActivityType.RECOVERY_WALK, soon, soon, new Place("Zwalkplace", null, null),
						Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), true, true),
				new Activity("closed", "Zclosedmeeting", ActivityType.MUTUAL_AID, soon, soon, new Place("Hall", null, null),
						Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), false, false))), EDITOR);
		plans.save(id, PlanPart.KICKOFF, 0, new KickOff(LocalDate.now(clock).minusDays(5), "Zkickplace", "Zinvited",
				List.of(new Attendance(AttendeeGroup.FAMILIES, 7), new Attendance(AttendeeGroup.PEOPLE_IN_RECOVERY, 12)),
				"Zoutcome", "Zfollowup"), EDITOR);
		plans.save(id, PlanPart.COMMUNICATION, 0, new Communication(List.of(
				new CommunicationRow("Zaudience", "Zmessage", "Zchannel", "Zowner", "spring"))), EDITOR);
		publisher.publish(id, new Editor("publisher-id", "Zpublisher"));
	}

	@Test
	void byDefaultThePartsArePublicAndTheStakeholdersInvitationsAndOwnersPrivate() throws Exception {
		assertThat(plans.privacy(city.getId())).isEqualTo(PlanPrivacy.DEFAULT);
		everyRepresentationShowsExactlyThePublicView(PlanPrivacy.DEFAULT);
	}

	@Test
	void everyChoiceOfTheCityReachesEveryRepresentationAtOnce() throws Exception {
		everyRepresentationShowsExactlyThePublicView(PlanPrivacy.DEFAULT); // warms the page cache
		List<PlanPrivacy> choices = List.of(new PlanPrivacy(Set.of(), EnumSet.allOf(PlanDetail.class)),
				new PlanPrivacy(EnumSet.allOf(PlanPart.class), EnumSet.allOf(PlanDetail.class)),
				new PlanPrivacy(Set.of(PlanPart.MISSION, PlanPart.COMMUNICATION, PlanPart.ACTIVITIES),
						Set.of(PlanDetail.STAKEHOLDERS, PlanDetail.COMMUNICATION_OWNERS, PlanDetail.KICKOFF_INVITED)),
				new PlanPrivacy(Set.of(PlanPart.COUNCIL, PlanPart.GOALS, PlanPart.BASELINE),
						Set.of(PlanDetail.STAKEHOLDER_RATINGS, PlanDetail.COMMUNICATION_OWNERS)),
				PlanPrivacy.DEFAULT);
		for (PlanPrivacy choice : choices) {
			plans.choosePrivacy(city.getId(), choice);
			everyRepresentationShowsExactlyThePublicView(choice);
		}
	}

	@Test
	void aWithdrawnConsentTakesTheNameFromEveryRepresentationAtOnce() throws Exception {
		everyRepresentationShowsExactlyThePublicView(PlanPrivacy.DEFAULT); // named, and the page cache warm
		consents.withdraw(city.getId(), consentingId, EDITOR);
		everyRepresentationShowsExactlyThePublicView(PlanPrivacy.DEFAULT, List.of("Zconsentingname", "Zcouncilorg"));
		assertThat(publicPlans.latest(city.getId()).orElseThrow().council())
			.extracting(PublicPlan.PublicMember::profile)
			.as("the member stays, by their profile only")
			.contains(CouncilProfile.PERSON_IN_RECOVERY);

		consents.record(city.getId(), consentingId, CouncilConsentScope.NETWORK, ConsentBasis.IN_WRITING,
				LocalDate.now(clock), EDITOR);
		everyRepresentationShowsExactlyThePublicView(PlanPrivacy.DEFAULT, List.of("Zconsentingname", "Zcouncilorg"));
		consents.record(city.getId(), consentingId, CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING,
				LocalDate.now(clock), EDITOR);
		everyRepresentationShowsExactlyThePublicView(PlanPrivacy.DEFAULT);
	}

	private void everyRepresentationShowsExactlyThePublicView(PlanPrivacy privacy) throws Exception {
		everyRepresentationShowsExactlyThePublicView(privacy, List.of());
	}

	/** {@code unnamed}: probes of council members whose consent is not (or no longer) in force. */
	private void everyRepresentationShowsExactlyThePublicView(PlanPrivacy privacy, List<String> unnamed)
			throws Exception {
		String slug = city.getSlug();
		String apiJson = text("/api/v1/cities/" + slug + "/plan");
		JsonNode view = json.valueToTree(publicPlans.latest(city.getId()).orElseThrow());
		assertThat(json.readTree(apiJson)).as("the JSON is the public view").isEqualTo(view);
		String viewJson = json.writeValueAsString(view);

		Set<PlanPart> all = EnumSet.allOf(PlanPart.class);
		Set<PlanPart> activitiesOnly = EnumSet.of(PlanPart.ACTIVITIES);
		Map<String, Representation> representations = new LinkedHashMap<>();
		representations.put("public view", new Representation(viewJson, all, true));
		representations.put("JSON", new Representation(apiJson, all, true));
		representations.put("profile page", new Representation(text("/cities/" + slug), all, false));
		representations.put("PDF", new Representation(pdfText("/api/v1/cities/" + slug + "/plan/export.pdf"), all, false));
		representations.put("city iCalendar", new Representation(text("/cities/" + slug + "/events.ics"), activitiesOnly, false));
		representations.put("iCalendar", new Representation(text("/events.ics"), activitiesOnly, false));
		representations.put("Atom", new Representation(text("/events.atom"), activitiesOnly, false));
		representations.put("events API", new Representation(text("/api/v1/events?city=" + slug), activitiesOnly, false));
		representations.put("cities CSV", new Representation(text("/cities.csv"), Set.of(), false));
		representations.put("cities API", new Representation(text("/api/v1/cities/" + slug), Set.of(), false));
		representations.put("sitemap", new Representation(text("/sitemap.xml"), Set.of(), false));

		representations.forEach((name, representation) -> {
			for (Probe probe : PROBES) {
				String shown = representation.json() ? probe.json() : probe.text();
				boolean isPublic = probe.isPublic(privacy) && !unnamed.contains(probe.text());
				if (isPublic && representation.parts().contains(probe.part())) {
					assertThat(representation.body()).as("%s shows public %s under %s", name, shown, privacy)
						.contains(shown);
				}
				else if (!isPublic) {
					assertThat(representation.body()).as("%s hides private %s under %s", name, shown, privacy)
						.doesNotContain(shown);
				}
			}
			assertThat(representation.body()).as(name).doesNotContain(ALWAYS_PRIVATE);
		});
	}

	record Representation(String body, Set<PlanPart> parts, boolean json) {
	}

	private String text(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String pdfText(String path) throws Exception {
		return PdfText.of(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
	}

}

package org.inclusivecities.platform.meetings;

import java.time.LocalDate;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting pages: the secretariat and a city's admins announce through a form that names every bad value on its
 * field (never a 500, nothing saved); the public sees the meeting in the list, on its page, on the recovery
 * calendar and in the iCalendar files; a city's meeting is that city's alone to change or cancel (another city, the
 * secretariat, a member without the role: 404); a signed-in person registers and the organiser sees them.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class MeetingPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	NetworkMeetings meetings;

	String run;

	Fixtures fixtures;

	@BeforeEach
	void names() {
		run = Long.toString(System.nanoTime(), 36);
		fixtures = new Fixtures(cities, people, encoder);
	}

	@Test
	void theSecretariatAnnouncesAndThePublicFindsTheMeetingEverywhere() throws Exception {
		Person secretariat = fixtures.networkAdmin("secretariat-" + run + "@example.org", "a long test password");
		assertThat(html(get("/admin"), secretariat)).contains("href=\"/admin/meetings\"", "href=\"/admin/meetings/new\"");
		assertThat(html(get("/admin/meetings/new"), secretariat)).contains("Announce a network meeting");

		// every bad value named on its field, and nothing saved
		String bad = mvc.perform(announce("/admin/meetings/new", secretariat).param("title", " ").param("online", "true")
			.param("startDate", "2020-01-01").param("link", "javascript:alert(1)").param("capacity", "0"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("There is a problem", "id=\"title-error\"", "Enter a title of at most 200 characters",
				"id=\"startDate-error\"", "The start must be in the future", "id=\"link-error\"",
				"Enter the online address", "id=\"capacity-error\"", "Enter a number of places from 1 to 100000");
		String garbage = mvc.perform(announce("/admin/meetings/new", secretariat).param("kind", "PARTY")
			.param("startDate", "2027-02-30").param("startTime", "25:00").param("zone", "Mars/Olympus")
			.param("latitude", "NaN").param("longitude", "x").param("capacity", "many").param("language", "klingon"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(garbage).contains("id=\"kind-error\"", "id=\"startDate-error\"", "id=\"zone-error\"",
				"id=\"latitude-error\"", "id=\"capacity-error\"");
		assertThat(meetings.of(null)).noneMatch(e -> e.getTitle().contains(run));
		HtmlChecker.assertValid(bad, "the announce form with its errors");

		// the calendar a visitor saw before is not served again once the meeting is announced
		mvc.perform(get("/events")).andExpect(status().isOk());
		assertThat(mvc.perform(get("/events")).andReturn().getResponse().getHeader("X-Page-Cache")).isEqualTo("HIT");
		String location = mvc.perform(announce("/admin/meetings/new", secretariat))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/meetings/");
		String id = location.substring(location.lastIndexOf('/') + 1);
		String manage = html(get(location), secretariat);
		assertThat(manage).contains("Learning network day " + run, "Registered (0)");
		HtmlChecker.assertValid(manage, "the organiser's meeting page");
		HtmlChecker.assertValid(html(get("/admin/meetings"), secretariat), "the organiser's meetings");
		HtmlChecker.assertValid(html(get(location + "/edit"), secretariat), "the edit form");

		HtmlChecker.assertValid(html(get("/meetings"), null), "the list of meetings");
		assertThat(html(get("/meetings"), null)).contains("Learning network day " + run,
				"href=\"/meetings/" + id + "\"", "Organised by The Inclusive Cities secretariat");
		String page = html(get("/meetings/" + id), null);
		assertThat(page).contains("Learning network day " + run, "Regional meeting", "14:00 to 16:30 (Europe/Brussels)",
				"Stadhuis Gent, Botermarkt 1", "Dutch", "The Inclusive Cities secretariat", "25 of 25 places left",
				"Sign in to register", "href=\"/meetings/" + id + ".ics\"");
		HtmlChecker.assertValid(page, "a meeting's page");
		String ics = mvc.perform(get("/meetings/" + id + ".ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		LocalDate day = MeetingFixtures.inWeeks(4);
		String utcStart = java.time.ZonedDateTime.of(day, java.time.LocalTime.of(14, 0), MeetingFixtures.BRUSSELS)
			.withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime().toString().replace("-", "").replace(":", "");
		assertThat(ics.replace("\r\n ", "")).contains("BEGIN:VEVENT", "UID:meeting-" + id + "@inclusive-cities",
				"SUMMARY:Learning network day " + run, "DTSTART:" + utcStart + "00Z", "LOCATION:Stadhuis Gent\\, Botermarkt 1",
				"/meetings/" + id);

		assertThat(html(get("/events"), null)).contains("Learning network day " + run, "href=\"/meetings/" + id + "\"",
				"href=\"/meetings\"");
		assertThat(mvc.perform(get("/events.ics")).andReturn().getResponse().getContentAsString())
			.contains("UID:meeting-" + id + "@inclusive-cities");
		assertThat(mvc.perform(get("/events.atom")).andReturn().getResponse().getContentAsString())
			.contains("Learning network day " + run, "/meetings/" + id);
		assertThat(html(get("/events?type=RECOVERY_WALK"), null)).doesNotContain("Learning network day " + run);
		assertThat(mvc.perform(get("/api/v1/events")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("\"uid\":\"meeting-" + id + "@inclusive-cities\"",
					"\"startsAt\":\"" + day + "T14:00+0", "/meetings/" + id + "\"");
		assertThat(html(get("/events?lang=nl"), null)).contains("Learning network day " + run,
				"Het secretariaat van Inclusieve Steden", "14:00 tot 16:30 (Europe/Brussels)");
		assertThat(html(get("/meetings/" + id + "?lang=nl"), null)).contains("Regionale bijeenkomst",
				"Het secretariaat van Inclusieve Steden", "25 van 25 plaatsen vrij", "Log in om u aan te melden");
	}

	@Test
	void aCityMeetingIsThatCitysAloneToChangeOrCancel() throws Exception {
		City a = fixtures.memberCity("Meeting city A " + run, "BE");
		City b = fixtures.memberCity("Meeting city B " + run, "NL");
		Person adminA = fixtures.person("admin-a-" + run + "@example.org", null, a, Role.CITY_ADMIN);
		Person councilA = fixtures.person("council-a-" + run + "@example.org", null, a, Role.COUNCIL_MEMBER);
		Person adminB = fixtures.person("admin-b-" + run + "@example.org", null, b, Role.CITY_ADMIN);
		Person secretariat = fixtures.networkAdmin("secretariat-" + run + "@example.org", "a long test password");
		String baseA = "/my/cities/" + a.getSlug() + "/meetings";
		assertThat(html(get("/my/cities/" + a.getSlug()), adminA)).contains("href=\"" + baseA + "/new\"");
		assertThat(html(get("/my/cities/" + a.getSlug()), councilA)).doesNotContain(baseA);
		mvc.perform(get(baseA + "/new").with(as(councilA))).andExpect(status().isNotFound());
		mvc.perform(announce(baseA + "/new", councilA)).andExpect(status().isNotFound());

		String location = mvc.perform(announce(baseA + "/new", adminA)).andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(html(get("/meetings/" + id), null)).contains("Meeting city A " + run);

		// another city, through its own workspace or A's; the secretariat; a member without the role
		String baseB = "/my/cities/" + b.getSlug() + "/meetings";
		mvc.perform(get(baseB + "/" + id).with(as(adminB))).andExpect(status().isNotFound());
		mvc.perform(announce(baseB + "/" + id + "/edit", adminB)).andExpect(status().isNotFound());
		mvc.perform(post(baseB + "/" + id + "/cancel").with(as(adminB)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(baseA + "/" + id + "/cancel").with(as(adminB)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/admin/meetings/" + id).with(as(secretariat))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/meetings/" + id + "/cancel").with(as(secretariat)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(baseA + "/" + id + "/cancel").with(as(councilA)).with(csrf())).andExpect(status().isNotFound());
		assertThat(meetings.get(a.getId(), id).isCancelled()).isFalse();

		// the organiser changes it; a bad change is named on its field and leaves it as it was
		mvc.perform(announce(baseA + "/" + id + "/edit", adminA).param("endTime", "13:00"))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("id=\"endDate-error\"",
					"The end must come after the start"));
		mvc.perform(announce(baseA + "/" + id + "/edit", adminA).param("title", "Renamed day " + run))
			.andExpect(status().isFound());
		assertThat(meetings.get(a.getId(), id).getTitle()).isEqualTo("Renamed day " + run);

		// a signed-in person registers; the organiser sees them; anonymous posts are sent to sign in
		Person visitor = fixtures.person("visitor-" + run + "@example.org", null, null);
		mvc.perform(post("/my/meetings/" + id + "/registration").with(csrf())).andExpect(status().isFound())
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).contains("/login"));
		mvc.perform(post("/my/meetings/" + id + "/registration").with(as(visitor)).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(post("/my/meetings/" + id + "/registration").with(as(visitor)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(html(get("/meetings/" + id), visitor)).contains("You are registered", "Cancel my registration");
		assertThat(html(get(baseA + "/" + id), adminA)).contains("Registered (1)", visitor.getDisplayName());

		// the organiser closes registration (another city cannot), then opens it again
		mvc.perform(post(baseB + "/" + id + "/registration").param("open", "false").with(as(adminB)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(baseA + "/" + id + "/registration").param("open", "false").with(as(adminA)).with(csrf()))
			.andExpect(status().isFound());
		Person late = fixtures.person("late-" + run + "@example.org", null, null);
		assertThat(html(get("/meetings/" + id), late)).contains("Registration for this meeting is closed.")
			.doesNotContain("Register for this meeting");
		assertThat(html(get("/meetings/" + id), visitor)).contains("You are registered", "Cancel my registration");
		mvc.perform(post("/my/meetings/" + id + "/registration").with(as(late)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(baseA + "/" + id + "/registration").param("open", "true").with(as(adminA)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(html(get("/meetings/" + id), late)).contains("Register for this meeting");

		mvc.perform(post(baseA + "/" + id + "/cancel").with(as(adminA)).with(csrf())).andExpect(status().isFound());
		mvc.perform(post(baseA + "/" + id + "/cancel").with(as(adminA)).with(csrf())).andExpect(status().isConflict());
		assertThat(html(get("/meetings/" + id), null)).contains("This meeting is cancelled.",
				"Registration for this meeting is closed.");
		assertThat(mvc.perform(get("/meetings/" + id + ".ics")).andReturn().getResponse().getContentAsString())
			.contains("STATUS:CANCELLED", "SEQUENCE:");
		assertThat(mvc.perform(get("/events.ics")).andReturn().getResponse().getContentAsString())
			.doesNotContain("meeting-" + id);
		mvc.perform(post("/my/meetings/" + id + "/registration/cancel").with(as(visitor)).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(get("/meetings/not-a-meeting")).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/" + "0".repeat(24) + ".ics")).andExpect(status().isNotFound());
	}

	@Autowired
	Outbox outbox;

	@Test
	void anOnlineMeetingsLinkReachesOnlyThoseWithASeatAndTheOrganiser() throws Exception {
		String link = "https://meet.example.org/private-" + run;
		LocalDate day = MeetingFixtures.inWeeks(3);
		NetworkEvent event = meetings.announce(null, "Secretariat", new EventDetails(EventKind.WEBINAR,
				"Private link webinar " + run, "Recovery cafés", day, java.time.LocalTime.of(10, 0), day,
				java.time.LocalTime.of(11, 0), MeetingFixtures.BRUSSELS, true, link, null, null, null, "en", 1));
		String id = event.getId();

		// the public: page, the meeting's calendar file, the calendar's feeds and API
		assertThat(html(get("/meetings/" + id), null)).contains("Online: link sent to registrants")
			.doesNotContain(link);
		assertThat(html(get("/meetings/" + id + "?lang=nl"), null))
			.contains("Online: de link gaat per mail naar wie is aangemeld").doesNotContain(link);
		assertThat(body(get("/meetings/" + id + ".ics")).replace("\r\n ", ""))
			.contains("LOCATION:Online: link sent to registrants").doesNotContain("private-" + run);
		for (String feed : new String[] { "/events.ics", "/events.atom", "/api/v1/events", "/events" }) {
			assertThat(body(get(feed))).as(feed).contains("Private link webinar " + run).doesNotContain("private-" + run);
		}

		// the one with the seat sees it on the page, in the mail and in their own calendar file; who waits does not
		Person seated = fixtures.person("seated-" + run + "@example.org", null, null);
		Person waiting = fixtures.person("waiting-" + run + "@example.org", null, null);
		assertThat(meetings.register(id, seated)).isEqualTo(Placement.SEATED);
		assertThat(meetings.register(id, waiting)).isEqualTo(Placement.WAITING);
		assertThat(html(get("/meetings/" + id), seated)).contains("href=\"" + link + "\"");
		assertThat(html(get("/meetings/" + id), waiting)).contains("Online: link sent to registrants")
			.doesNotContain(link);
		String seatedMail = registeredMail(seated);
		assertThat(seatedMail).contains("Where: " + link, "To cancel your registration:");
		String waitingMail = registeredMail(waiting);
		assertThat(waitingMail).contains("the link comes by mail when you have a place").doesNotContain(link);
		String personalIcs = personal(seatedMail, id) + ".ics";
		assertThat(body(get(personalIcs)).replace("\r\n ", "")).contains("LOCATION:" + link,
				"UID:meeting-" + id + "@inclusive-cities");
		assertThat(body(get(personal(waitingMail, id) + ".ics"))).doesNotContain("private-" + run);
		mvc.perform(get("/meetings/" + id + "/registration/rnot-a-key.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/" + id + "/registration/rnot-a-key")).andExpect(status().isNotFound());

		// the organiser sees it; an admin of a city (not organising) does not
		Person secretariat = fixtures.networkAdmin("organiser-" + run + "@example.org", "a long test password");
		assertThat(html(get("/meetings/" + id), secretariat)).contains("href=\"" + link + "\"");
		City other = fixtures.memberCity("Not organising " + run, "BE");
		Person otherAdmin = fixtures.person("other-admin-" + run + "@example.org", null, other, Role.CITY_ADMIN);
		assertThat(html(get("/meetings/" + id), otherAdmin)).doesNotContain(link);

		// the one waiting moves up when the seat is given up through the mail's link, and gets the link then
		mvc.perform(post(personal(seatedMail, id)).with(csrf())).andExpect(status().isFound());
		mvc.perform(post(personal(seatedMail, id)).with(csrf())).andExpect(status().isConflict());
		assertThat(meetings.placementOf(id, seated)).isEmpty();
		assertThat(html(get("/meetings/" + id), waiting)).contains("href=\"" + link + "\"");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(waiting.getEmail())).filteredOn(
				m -> m.getTemplate().equals(MeetingMail.MOVED_UP)).singleElement()
			.satisfies(m -> assertThat(m.getTextBody()).contains("Where: " + link));
	}

	private String registeredMail(Person person) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail()).stream()
			.filter(m -> m.getTemplate().equals(MeetingMail.REGISTERED)).findFirst().orElseThrow().getTextBody();
	}

	/** The registrant's own page of the meeting, as the mail links it (without the site's address). */
	private static String personal(String mail, String id) {
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("/meetings/" + id + "/registration/(r[A-Za-z0-9_-]+)\\s")
			.matcher(mail);
		assertThat(key.find()).as("a cancel link in " + mail).isTrue();
		return "/meetings/" + id + "/registration/" + key.group(1);
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** A valid announcement, as the form posts it (tests override single values by adding them first). */
	private MockHttpServletRequestBuilder announce(String path, Person person) {
		LocalDate day = MeetingFixtures.inWeeks(4);
		MockHttpServletRequestBuilder request = post(path).with(as(person)).with(csrf());
		return new DefaultsFirst(request, day, run).request();
	}

	private String html(MockHttpServletRequestBuilder request, Person person) throws Exception {
		if (person != null) {
			request.with(as(person));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** Adds the default form values only for parameters the test has not set (Spring binds the first value). */
	private record DefaultsFirst(MockHttpServletRequestBuilder builder, LocalDate day, String run) {

		MockHttpServletRequestBuilder request() {
			return builder.with(r -> {
				put(r, "kind", "REGIONAL_MEETING");
				put(r, "title", "Learning network day " + run);
				put(r, "description", "Cities share what works.\nLunch included.");
				put(r, "startDate", day.toString());
				put(r, "startTime", "14:00");
				put(r, "endDate", day.toString());
				put(r, "endTime", "16:30");
				put(r, "zone", "Europe/Brussels");
				put(r, "place", "Stadhuis Gent, Botermarkt 1");
				put(r, "language", "nl");
				put(r, "capacity", "25");
				return r;
			});
		}

		private static void put(org.springframework.mock.web.MockHttpServletRequest r, String name, String value) {
			if (r.getParameter(name) == null) {
				r.addParameter(name, value);
			}
		}

	}

}

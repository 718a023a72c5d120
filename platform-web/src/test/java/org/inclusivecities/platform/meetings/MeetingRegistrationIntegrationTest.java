package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registrations kept inside the meeting's document: many people racing for the last seats get exactly the seats
 * there are, the rest the waiting list, nobody twice; the first waiting moves up when a seat is given up, and is
 * mailed. An organiser finds only its own meetings. The public registers by email with double opt-in: only the
 * link in the mail takes a place, once, before it expires; the mails' cancel links free it.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(MeetingRegistrationIntegrationTest.Clock.class)
@ExtendWith(OutputCaptureExtension.class)
class MeetingRegistrationIntegrationTest {

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	/** The real time, held still: a test moves it past a link's expiry and back. */
	@TestConfiguration
	static class Clock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	MovableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkMeetings meetings;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Outbox outbox;

	@Test
	void peopleRacingForTheLastSeatsGetExactlyTheSeatsThereAre() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		NetworkEvent event = meetings.announce(null, "Secretariat", MeetingFixtures.webinar("Race " + run, 3));
		List<Person> racers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			racers.add(fixtures.person("racer" + i + "-" + run + "@example.org", null, null));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Placement>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(racers.size())) {
			for (Person racer : racers) {
				Callable<Placement> register = () -> {
					start.await();
					return meetings.register(event.getId(), racer);
				};
				results.add(pool.submit(register));
			}
			start.countDown();
			List<Placement> placements = new ArrayList<>();
			for (Future<Placement> result : results) {
				placements.add(result.get());
			}
			assertThat(placements).filteredOn(p -> p == Placement.SEATED).hasSize(3);
			assertThat(placements).filteredOn(p -> p == Placement.WAITING).hasSize(5);
		}
		NetworkEvent stored = meetings.get(null, event.getId());
		assertThat(stored.getAttendees()).hasSize(3);
		assertThat(stored.getWaiting()).hasSize(5);
		assertThat(stored.getAttendees().stream().map(Registration::personId).distinct()).hasSize(3);

		Person seated = people.findById(stored.getAttendees().getFirst().personId()).orElseThrow();
		Person firstWaiting = people.findById(stored.getWaiting().getFirst().personId()).orElseThrow();
		assertThat(mails(firstWaiting, MeetingMail.REGISTERED)).singleElement()
			.satisfies(m -> assertThat(m.getTextBody()).contains("waiting list", "Race " + run));
		meetings.unregister(event.getId(), seated);
		assertThat(meetings.placementOf(event.getId(), seated)).isEmpty();
		assertThat(meetings.placementOf(event.getId(), firstWaiting)).contains(Placement.SEATED);
		assertThat(mails(firstWaiting, MeetingMail.MOVED_UP)).singleElement()
			.satisfies(m -> assertThat(m.getTextBody()).contains("Race " + run, "Where: https://meet.example.org/3",
					"/meetings/" + event.getId() + "/registration/r"));
	}

	@Test
	void anOrganiserFindsOnlyItsOwnMeetings() {
		String run = Long.toString(System.nanoTime(), 36);
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		City a = fixtures.memberCity("Organiser A " + run, "BE");
		City b = fixtures.memberCity("Organiser B " + run, "NL");
		NetworkEvent ofA = meetings.announce(a.getId(), a.getName(), MeetingFixtures.webinar("Of A " + run, 5));
		NetworkEvent ofNetwork = meetings.announce(null, "Secretariat", MeetingFixtures.webinar("Of all " + run, 5));
		assertThat(meetings.get(a.getId(), ofA.getId()).getTitle()).isEqualTo("Of A " + run);
		assertThatThrownBy(() -> meetings.get(b.getId(), ofA.getId())).isInstanceOf(MeetingNotFound.class);
		assertThatThrownBy(() -> meetings.get(null, ofA.getId())).isInstanceOf(MeetingNotFound.class);
		assertThatThrownBy(() -> meetings.get(a.getId(), ofNetwork.getId())).isInstanceOf(MeetingNotFound.class);
		assertThatThrownBy(() -> meetings.cancel(b.getId(), ofA.getId())).isInstanceOf(MeetingNotFound.class);
		assertThat(meetings.of(a.getId())).extracting(NetworkEvent::getId).containsExactly(ofA.getId());
		assertThat(meetings.of(null)).extracting(NetworkEvent::getId).contains(ofNetwork.getId())
			.doesNotContain(ofA.getId());
		meetings.cancel(a.getId(), ofA.getId());
		assertThatThrownBy(() -> meetings.cancel(a.getId(), ofA.getId())).isInstanceOf(InvalidMeetingTransition.class);
	}

	@Autowired
	MeetingPersonalData personalData;

	@Test
	void aPersonsRegistrationsAreExportedAndOnErasureTheirSeatGoesToTheFirstWaiting() {
		String run = Long.toString(System.nanoTime(), 36);
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		NetworkEvent event = meetings.announce(null, "Secretariat", MeetingFixtures.webinar("Erasure " + run, 1));
		Person leaving = fixtures.person("leaving-" + run + "@example.org", null, null);
		Person waiting = fixtures.person("waiting-" + run + "@example.org", null, null);
		meetings.register(event.getId(), leaving);
		meetings.register(event.getId(), waiting);
		DataSubject subject = new DataSubject(leaving.getId(), leaving.getEmail(), leaving.getDisplayName());
		assertThat(personalData.exportPerson(subject).toString()).contains("Erasure " + run, "SEATED");

		personalData.erase(subject);
		NetworkEvent stored = meetings.get(null, event.getId());
		assertThat(stored.getAttendees()).extracting(Registration::personId).containsExactly(waiting.getId());
		assertThat(stored.getWaiting()).isEmpty();
		assertThat(personalData.exportPerson(subject).toString()).doesNotContain("Erasure " + run);
		assertThat(mails(waiting, MeetingMail.MOVED_UP)).hasSize(1);
	}

	@Test
	void thePublicRegistersByEmailConfirmsOnceAndCancelsFromTheMail(CapturedOutput output) throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		String title = "Open webinar " + run;
		String id = meetings.announce(null, "Secretariat", MeetingFixtures.webinar(title, 1)).getId();
		String ann = "ann-" + run + "@public.example";
		String bo = "bo-" + run + "@public.example";

		// a bad value is named on its field, and what was typed stays
		String bad = mvc.perform(post("/meetings/" + id + "/email-registration").param("name", " ")
			.param("email", "not-an-address").with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("There is a problem", "id=\"name-error\"", "Enter your name or a pseudonym",
				"id=\"email-error\"", "Enter an email address", "value=\"not-an-address\"");

		// asking holds no seat; the link in the mail confirms, once
		askByEmail(id, "Ann", ann);
		askByEmail(id, "Ann", ann); // a second ask within minutes sends no second mail
		assertThat(meetings.get(null, id).getAttendees()).isEmpty();
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(ann)).filteredOn(m -> m.getTemplate()
			.equals(MeetingRequests.CONFIRM)).hasSize(1);
		String confirm = link(mailTo(ann, "Confirm your registration: " + title), "/meetings/" + id + "/confirm/");
		assertThat(page(get(confirm), 200)).contains("Confirm my registration", title);
		mvc.perform(post(confirm).with(csrf())).andExpect(status().isFound())
			.andExpect(r -> assertThat(r.getFlashMap().get("flash").toString()).contains("You are registered"));
		mvc.perform(post(confirm).with(csrf())).andExpect(status().isNotFound());
		assertThat(page(get(confirm), 404)).contains("This link does not work");
		NetworkEvent stored = meetings.get(null, id);
		assertThat(stored.getAttendees()).singleElement().satisfies(r -> {
			assertThat(r.name()).isEqualTo("Ann");
			assertThat(r.personId()).isNull();
		});
		String annMail = mailTo(ann, "Your registration: " + title);
		assertThat(annMail).contains("You are registered for " + title, "Where: https://meet.example.org/1",
				"/meetings/" + id + "/registration/r", ".ics");

		// the meeting is full: the next one confirmed waits; the address is never shown, the name to the organiser
		askByEmail(id, "Bo", bo);
		mvc.perform(post(link(mailTo(bo, "Confirm your registration: " + title), "/meetings/" + id + "/confirm/"))
			.with(csrf())).andExpect(status().isFound());
		assertThat(meetings.get(null, id).getWaiting()).extracting(Registration::name).containsExactly("Bo");
		assertThat(mailTo(bo, "Your registration: " + title)).contains("you are on the waiting list")
			.doesNotContain("meet.example.org");
		assertThat(page(get("/meetings/" + id), 200)).contains("No places left", "1 person on the waiting list")
			.doesNotContain(ann, bo);
		Person secretariat = new Fixtures(cities, people, encoder).networkAdmin("sec-" + run + "@example.org",
				"a long test password");
		assertThat(page(get("/admin/meetings/" + id).with(org.inclusivecities.platform.join.Fixtures.as(secretariat)),
				200)).contains("Ann", "Bo").doesNotContain(ann, bo);

		// Ann cancels from her mail (a page with one button first); Bo moves up and is told, with the link
		String cancel = link(annMail, "/meetings/" + id + "/registration/");
		assertThat(page(get(cancel), 200)).contains("Your registration", "Cancel my registration");
		mvc.perform(post(cancel).with(csrf())).andExpect(status().isFound());
		assertThat(meetings.get(null, id).getAttendees()).extracting(Registration::name).containsExactly("Bo");
		assertThat(mailTo(bo, "A place came free for you: " + title)).contains("Where: https://meet.example.org/1");
		// the application logs no address (the test's own mail server and request dumps may)
		assertThat(output.getAll().lines().filter(l -> l.contains(ann) || l.contains(bo))
			.filter(l -> !l.contains("greenmail") && !l.contains("Parameters = "))).isEmpty();
	}

	@Test
	void anUnconfirmedRequestExpiresAndHoldsNoSeat() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		String title = "Expiring webinar " + run;
		String id = meetings.announce(null, "Secretariat", MeetingFixtures.webinar(title, 2)).getId();
		String cas = "cas-" + run + "@public.example";
		askByEmail(id, "Cas", cas);
		String confirm = link(mailTo(cas, "Confirm your registration: " + title), "/meetings/" + id + "/confirm/");
		Instant now = clock.instant();
		try {
			clock.set(now.plus(MeetingRequests.VALIDITY).plusSeconds(1));
			assertThat(page(get(confirm), 404)).contains("This link does not work");
			mvc.perform(post(confirm).with(csrf())).andExpect(status().isNotFound());
		}
		finally {
			clock.set(now);
		}
		assertThat(meetings.get(null, id).getAttendees()).isEmpty();
		assertThat(meetings.get(null, id).getWaiting()).isEmpty();
		// another meeting's link does not confirm this one
		String other = meetings.announce(null, "Secretariat", MeetingFixtures.webinar("Other " + run, 2)).getId();
		mvc.perform(get(confirm.replace(id, other))).andExpect(status().isNotFound());
	}

	@Test
	void whenTheTimeOrPlaceChangesEveryoneRegisteredIsToldWhatChanged() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		java.time.LocalDate day = MeetingFixtures.inWeeks(5);
		EventDetails visit = new EventDetails(EventKind.STUDY_VISIT, "Visit " + run, "The recovery café", day,
				java.time.LocalTime.of(14, 0), day, java.time.LocalTime.of(16, 0), MeetingFixtures.BRUSSELS, false,
				null, "Herstelcafé, Gent", null, null, "nl", 1);
		String id = meetings.announce(null, "Secretariat", visit).getId();
		Person seated = fixtures.person("seated-" + run + "@example.org", null, null);
		Person waiting = fixtures.person("waiting-" + run + "@example.org", null, null);
		meetings.register(id, seated);
		meetings.register(id, waiting);
		String guest = "guest-" + run + "@public.example";
		askByEmail(id, "Gus", guest);
		mvc.perform(post(link(mailTo(guest, "Confirm your registration: Visit " + run), "/meetings/" + id
				+ "/confirm/")).with(csrf())).andExpect(status().isFound());

		// a new title alone tells nobody
		meetings.edit(null, id, with(visit, "Visit (renamed) " + run, visit.startTime(), visit.place()));
		assertThat(mails(seated, MeetingMail.CHANGED)).isEmpty();

		meetings.edit(null, id, with(visit, "Visit (renamed) " + run, java.time.LocalTime.of(10, 0), "Stadhuis, Gent"));
		assertThat(mails(seated, MeetingMail.CHANGED)).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).isEqualTo("Changed: Visit (renamed) " + run);
			assertThat(m.getTextBody()).contains("The time changed: it was", "14:00 to", "16:00 (Europe/Brussels)",
					"The place changed: it was Herstelcafé, Gent.", "Where: Stadhuis, Gent", "10:00",
					"/meetings/" + id + "/registration/r");
		});
		assertThat(mails(waiting, MeetingMail.CHANGED)).singleElement()
			.satisfies(m -> assertThat(m.getTextBody()).contains("The place changed", "Stadhuis, Gent"));
		assertThat(mailTo(guest, "Changed: Visit (renamed) " + run)).contains("The time changed", "Stadhuis, Gent");
	}

	private static EventDetails with(EventDetails d, String title, java.time.LocalTime start, String place) {
		return new EventDetails(d.kind(), title, d.description(), d.startDate(), start, d.endDate(),
				start.plusHours(2), d.zone(), d.online(), d.link(), place, d.latitude(), d.longitude(), d.language(),
				d.capacity());
	}

	private void askByEmail(String id, String name, String email) throws Exception {
		mvc.perform(post("/meetings/" + id + "/email-registration").param("name", name).param("email", email)
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + id));
	}

	/** The plain text of the mail with this subject that reached this address (GreenMail). */
	private static String mailTo(String address, String subject) throws Exception {
		return TestMailServer.plainText(smtp.awaitMailWithSubject(subject, address));
	}

	/** The path of the first link in the mail that starts with {@code prefix}, without the site's address. */
	private static String link(String mail, String prefix) {
		Matcher link = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]+(?=\\s)").matcher(mail);
		assertThat(link.find()).as("a link " + prefix + "… in " + mail).isTrue();
		return link.group();
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	private List<OutboxMail> mails(Person person, String template) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.toList();
	}

}

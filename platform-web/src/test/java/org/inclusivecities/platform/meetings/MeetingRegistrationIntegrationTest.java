package org.inclusivecities.platform.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registrations kept inside the meeting's document: many people racing for the last seats get exactly the seats
 * there are, the rest the waiting list, nobody twice; the first waiting moves up when a seat is given up, and is
 * mailed. An organiser finds only its own meetings.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
class MeetingRegistrationIntegrationTest {

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

	private List<OutboxMail> mails(Person person, String template) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.toList();
	}

}

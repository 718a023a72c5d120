package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder of the day before goes once, to everyone with a seat (not the waiting list), in their language, and
 * never for a cancelled meeting; a day and more ahead nothing goes.
 */
@PlatformIntegrationTest(properties = "platform.web.base-url=https://cities.example/")
@Import(MeetingRemindersIntegrationTest.Clock.class)
class MeetingRemindersIntegrationTest {

	static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

	@TestConfiguration
	static class Clock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(NOW);
		}

	}

	@Autowired
	MovableClock clock;

	@Autowired
	NetworkMeetings meetings;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Outbox outbox;

	@Test
	void theDayBeforeEverySeatedPersonIsRemindedOnce() {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		LocalDate day = LocalDate.parse("2027-03-10");
		EventDetails details = new EventDetails(EventKind.STUDY_VISIT, "Study visit Gent", "The recovery café",
				day, LocalTime.of(14, 0), day, LocalTime.of(17, 0), MeetingFixtures.BRUSSELS, false, null,
				"Herstelcafé, Gent", null, null, "nl", 2);
		NetworkEvent visit = meetings.announce(null, "Secretariat", details);
		NetworkEvent cancelled = meetings.announce(null, "Secretariat", new EventDetails(EventKind.WEBINAR,
				"Cancelled webinar", "Off", day, LocalTime.of(10, 0), day, LocalTime.of(11, 0),
				MeetingFixtures.BRUSSELS, true, "https://meet.example.org/x", null, null, null, "en", 5));
		Person ann = fixtures.person("ann@reminders.example", null, null);
		Person bram = fixtures.person("bram@reminders.example", null, null);
		bram.prefer(Language.NL);
		bram = people.save(bram);
		Person cas = fixtures.person("cas@reminders.example", null, null);
		meetings.register(visit.getId(), ann);
		meetings.register(visit.getId(), bram);
		assertThat(meetings.register(visit.getId(), cas)).isEqualTo(Placement.WAITING);
		meetings.register(cancelled.getId(), ann);
		meetings.cancel(null, cancelled.getId());

		reminders.sendDue();
		assertThat(reminders(ann)).isEmpty();

		clock.set(Instant.parse("2027-03-09T13:30:00Z"));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(reminders(ann)).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).isEqualTo("Tomorrow: Study visit Gent");
			assertThat(m.getTextBody()).contains("A reminder: Study visit Gent is tomorrow.",
					"Wednesday 10 March 2027, 14:00", "Herstelcafé, Gent",
					"https://cities.example/meetings/" + visit.getId() + "/registration/r", ".ics");
		});
		assertThat(reminders(bram)).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Morgen: Study visit Gent"));
		assertThat(reminders(cas)).isEmpty();
		assertThat(meetings.get(null, visit.getId()).getRemindedAt()).isEqualTo(Instant.parse("2027-03-09T13:30:00Z"));
	}

	private List<OutboxMail> reminders(Person person) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals(MeetingMail.REMINDER))
			.toList();
	}

}

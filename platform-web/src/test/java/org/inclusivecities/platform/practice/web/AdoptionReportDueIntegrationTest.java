package org.inclusivecities.platform.practice.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.matching.MatchingNetwork;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.AdoptionDetails;
import org.inclusivecities.platform.practice.PracticeAdoption;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingList;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting back later: six months after the adoption (or after the day of the last result) the adopting city's
 * editors find "report back what came of it" in their waiting list, linked to the adoption; a report clears it until
 * the next is due, a withdrawal for good; nobody of another city ever sees it.
 */
@PlatformIntegrationTest
@Import(AccreditationNetwork.Clock.class)
class AdoptionReportDueIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeAdoption adoptions;

	@Autowired
	WaitingList waiting;

	@Autowired
	MovableClock clock;

	@Test
	void theAdoptingCityIsAskedToReportBackEverySixMonthsUntilItWithdraws() {
		clock.set(AccreditationNetwork.NOW);
		MatchingNetwork network = AdoptionSeeds.of(context).network;
		City author = network.city("Brugge", "BE", 100_000);
		City adopter = network.city("Zwolle", "NL", 120_000);
		String title = "Recovery cafe " + network.run;
		String practiceId = network.practice(author, title, "Neighbours meet", true, Sector.HEALTH);
		Person editor = network.person("Zeno", adopter, Role.COUNCIL_MEMBER, "a long enough passphrase 42");
		Person reader = network.person("Rita", adopter, Role.REVIEWER, "a long enough passphrase 42");
		Person authorAdmin = network.person("Bert", author, Role.CITY_ADMIN, "a long enough passphrase 42");
		adoptions.adopt(adopter.getId(), practiceId, new AdoptionDetails("On Fridays", null, null), editor.getId());
		String href = "/my/cities/" + adopter.getSlug() + "/practices/adopted/" + practiceId;

		clock.set(AccreditationNetwork.NOW.plus(Duration.ofDays(180)));
		assertThat(reportsDue(editor)).as("not yet six months").isEmpty();
		clock.set(AccreditationNetwork.NOW.plus(Duration.ofDays(190)));
		assertThat(reportsDue(editor)).singleElement().satisfies(item -> {
			assertThat(item.href()).isEqualTo(href);
			assertThat(item.args()).containsExactly(adopter.getName(), title);
			assertThat(item.dueBy()).isEqualTo(LocalDate.of(2027, 7, 4));
		});
		assertThat(reportsDue(reader)).as("only editors report").isEmpty();
		assertThat(reportsDue(authorAdmin)).as("another city").isEmpty();

		adoptions.reportResult(adopter.getId(), practiceId, "Twenty neighbours", LocalDate.now(clock));
		assertThat(reportsDue(editor)).as("reported").isEmpty();
		clock.set(AccreditationNetwork.NOW.plus(Duration.ofDays(190 + 185)));
		assertThat(reportsDue(editor)).as("six months after the result's day").hasSize(1);

		adoptions.withdraw(adopter.getId(), practiceId);
		assertThat(reportsDue(editor)).as("withdrawn").isEmpty();
	}

	private List<WaitingItem> reportsDue(Person person) {
		return waiting.of(context.getBean(People.class).findById(person.getId()).orElseThrow())
			.stream()
			.filter(item -> item.messageKey().equals("workspace.waiting.adoption"))
			.toList();
	}

}

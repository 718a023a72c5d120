package org.inclusivecities.platform.pool;

import java.time.Clock;

import java.time.Instant;
import java.util.Set;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PlatformIntegrationTest
class ReviewerPoolIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	ReviewerPoolService service;

	@Autowired
	ReviewerPool pool;

	@Autowired
	People people;

	@Test
	void onlyReviewersOfTheCityCanBeNominated() {
		Person reviewer = person("r@a.test", "pool-a", Role.REVIEWER);
		Person council = person("c@a.test", "pool-a", Role.COUNCIL_MEMBER);
		ReviewerProfile profile = new ReviewerProfile(Set.of("EN", " nl"), Set.of("Recovery-Cafe"), 2);

		ReviewerNomination nomination = service.nominate("pool-a", reviewer.getId(), profile, "admin");

		assertThat(nomination.getLanguages()).containsExactlyInAnyOrder("en", "nl");
		assertThat(nomination.getExpertise()).containsExactly("recovery-cafe");
		assertThatThrownBy(() -> service.nominate("pool-a", council.getId(), profile, "admin"))
			.isInstanceOf(NotAReviewer.class);
		assertThatThrownBy(() -> service.nominate("pool-b", reviewer.getId(), profile, "admin"))
			.isInstanceOf(NotAReviewer.class);
		assertThat(service.nominationsOf("pool-b")).isEmpty();
	}

	@Test
	void conflictsAreDeclaredByTheReviewerOrTheSecretariatOnly() {
		Person reviewer = person("r2@a.test", "pool-a", Role.REVIEWER);
		Person other = person("o@a.test", "pool-a", Role.COUNCIL_MEMBER);
		Person secretariat = people.save(Person.create("s@net.test", "S", Language.EN, clock.instant()));
		secretariat.makeNetworkAdmin();
		people.save(secretariat);
		String id = service
			.nominate("pool-a", reviewer.getId(), new ReviewerProfile(Set.of("en"), Set.of(), 1), "admin")
			.getId();

		service.declareConflict("pool-a", id, "pool-x", ConflictKind.WORKED_FOR, reviewer.getId());
		service.declareConflict("pool-a", id, "pool-y", ConflictKind.TWINNED, secretariat.getId());

		assertThatThrownBy(
				() -> service.declareConflict("pool-a", id, "pool-z", ConflictKind.OTHER, other.getId()))
			.isInstanceOf(NotAllowed.class);
		assertThatThrownBy(
				() -> service.declareConflict("pool-b", id, "pool-z", ConflictKind.OTHER, reviewer.getId()))
			.isInstanceOf(NominationNotFound.class);
		assertThat(pool.activeReviewers()).filteredOn(n -> n.getId().equals(id))
			.singleElement()
			.satisfies(n -> assertThat(n.getConflicts()).extracting(DeclaredConflict::cityId)
				.containsExactly("pool-x", "pool-y"));
	}

	@Test
	void tiesAreOwnedByTheDeclaringCityAndVisibleToRoutingOnlyThroughThePool() {
		service.declareTie("pool-a", "pool-b", TieKind.TWINNING, "admin");
		service.declareTie("pool-a", "pool-b", TieKind.TWINNING, "admin");

		assertThat(service.tiesOf("pool-a")).hasSize(1);
		assertThat(service.tiesOf("pool-b")).isEmpty();
		assertThat(pool.allTies()).filteredOn(t -> t.getCityId().equals("pool-a"))
			.extracting(CityTie::getOtherCityId)
			.containsExactly("pool-b");
		assertThatThrownBy(() -> service.declareTie("pool-a", "pool-a", TieKind.TWINNING, "admin"))
			.isInstanceOf(InvalidPoolEntry.class);
	}

	private Person person(String email, String cityId, Role role) {
		Person person = Person.create(email, "Someone", Language.EN, clock.instant());
		person.grant(cityId, Set.of(role), clock.instant(), "admin");
		return people.save(person);
	}

}

package org.inclusivecities.platform.pool;

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
	ReviewerPoolService service;

	@Autowired
	ReviewerPool pool;

	@Autowired
	People people;

	@Test
	void onlyReviewersOfTheCityCanBeNominated() {
		Person reviewer = person("r@a.test", "city-a", Role.REVIEWER);
		Person council = person("c@a.test", "city-a", Role.COUNCIL_MEMBER);
		ReviewerProfile profile = new ReviewerProfile(Set.of("EN", " nl"), Set.of("Recovery-Cafe"), 2);

		ReviewerNomination nomination = service.nominate("city-a", reviewer.getId(), profile, "admin");

		assertThat(nomination.getLanguages()).containsExactlyInAnyOrder("en", "nl");
		assertThat(nomination.getExpertise()).containsExactly("recovery-cafe");
		assertThatThrownBy(() -> service.nominate("city-a", council.getId(), profile, "admin"))
			.isInstanceOf(NotAReviewer.class);
		assertThatThrownBy(() -> service.nominate("city-b", reviewer.getId(), profile, "admin"))
			.isInstanceOf(NotAReviewer.class);
		assertThat(service.nominationsOf("city-b")).isEmpty();
	}

	@Test
	void conflictsAreDeclaredByTheReviewerOrTheSecretariatOnly() {
		Person reviewer = person("r2@a.test", "city-a", Role.REVIEWER);
		Person other = person("o@a.test", "city-a", Role.COUNCIL_MEMBER);
		Person secretariat = people.save(Person.create("s@net.test", "S", Language.EN, Instant.now()));
		secretariat.makeNetworkAdmin();
		people.save(secretariat);
		String id = service
			.nominate("city-a", reviewer.getId(), new ReviewerProfile(Set.of("en"), Set.of(), 1), "admin")
			.getId();

		service.declareConflict("city-a", id, "city-x", ConflictKind.WORKED_FOR, reviewer.getId());
		service.declareConflict("city-a", id, "city-y", ConflictKind.TWINNED, secretariat.getId());

		assertThatThrownBy(
				() -> service.declareConflict("city-a", id, "city-z", ConflictKind.OTHER, other.getId()))
			.isInstanceOf(NotAllowed.class);
		assertThatThrownBy(
				() -> service.declareConflict("city-b", id, "city-z", ConflictKind.OTHER, reviewer.getId()))
			.isInstanceOf(NominationNotFound.class);
		assertThat(pool.activeReviewers()).filteredOn(n -> n.getId().equals(id))
			.singleElement()
			.satisfies(n -> assertThat(n.getConflicts()).extracting(DeclaredConflict::cityId)
				.containsExactly("city-x", "city-y"));
	}

	@Test
	void tiesAreOwnedByTheDeclaringCityAndVisibleToRoutingOnlyThroughThePool() {
		service.declareTie("city-a", "city-b", TieKind.TWINNING, "admin");
		service.declareTie("city-a", "city-b", TieKind.TWINNING, "admin");

		assertThat(service.tiesOf("city-a")).hasSize(1);
		assertThat(service.tiesOf("city-b")).isEmpty();
		assertThat(pool.allTies()).extracting(CityTie::getOtherCityId).containsExactly("city-b");
		assertThatThrownBy(() -> service.declareTie("city-a", "city-a", TieKind.TWINNING, "admin"))
			.isInstanceOf(InvalidPoolEntry.class);
	}

	private Person person(String email, String cityId, Role role) {
		Person person = Person.create(email, "Someone", Language.EN, Instant.now());
		person.grant(cityId, Set.of(role), Instant.now(), "admin");
		return people.save(person);
	}

}

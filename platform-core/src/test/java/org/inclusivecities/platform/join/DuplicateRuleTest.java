package org.inclusivecities.platform.join;

import java.util.Set;

import org.inclusivecities.platform.city.Coordinates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.join.DuplicateReason.NEARBY;
import static org.inclusivecities.platform.join.DuplicateReason.SAME_CONTACT;
import static org.inclusivecities.platform.join.DuplicateReason.SAME_NAME;

class DuplicateRuleTest {

	private static final Coordinates LEUVEN = new Coordinates(50.8798, 4.7005);

	private static final Coordinates HEVERLEE = new Coordinates(50.8640, 4.6950); // ~1.8 km from Leuven's centre

	private static final Coordinates BRUSSELS = new Coordinates(50.8503, 4.3517); // ~25 km away

	private static DuplicateRule.Candidate city(String name, String country, Coordinates at, String... emails) {
		return new DuplicateRule.Candidate(name, country, at, Set.of(emails));
	}

	@Test
	void theSameNameIsFoundWhateverTheCaseAccentsOrTheWordForCity() {
		assertThat(DuplicateRule.comparableName("Stad Gent")).isEqualTo("gent");
		assertThat(DuplicateRule.comparableName("City of GENT")).isEqualTo("gent");
		assertThat(DuplicateRule.comparableName("Gemeente  Utrecht")).isEqualTo("utrecht");
		assertThat(DuplicateRule.comparableName("Łódź")).isEqualTo("lodz");
		assertThat(DuplicateRule.comparableName("Liège")).isEqualTo("liege");
		assertThat(DuplicateRule.comparableName("Stad")).isEqualTo("stad");
		assertThat(DuplicateRule.reasons(city("stad leuven", "be", null), city("Leuven", "BE", null)))
			.containsExactly(SAME_NAME);
		assertThat(DuplicateRule.reasons(city("Liege", "BE", null), city("Liège", "BE", null)))
			.containsExactly(SAME_NAME);
	}

	@Test
	void theSameNameInAnotherCountryIsAnotherCity() {
		assertThat(DuplicateRule.reasons(city("Valencia", "ES", null), city("Valencia", "VE", null))).isEmpty();
		assertThat(DuplicateRule.reasons(city("Gent", "BE", null), city("Genk", "BE", null))).isEmpty();
	}

	@Test
	void positionsWithinAFewKilometresAreNearby() {
		assertThat(DuplicateRule.distanceKm(LEUVEN, HEVERLEE)).isBetween(1.0, 3.0);
		assertThat(DuplicateRule.distanceKm(LEUVEN, BRUSSELS)).isBetween(20.0, 30.0);
		assertThat(DuplicateRule.reasons(city("Heverlee", "BE", HEVERLEE), city("Leuven", "BE", LEUVEN)))
			.containsExactly(NEARBY);
		assertThat(DuplicateRule.reasons(city("Brussel", "BE", BRUSSELS), city("Leuven", "BE", LEUVEN))).isEmpty();
		assertThat(DuplicateRule.reasons(city("Leuven", "NL", null), city("Other", "BE", LEUVEN))).isEmpty();
	}

	@Test
	void theSameContactAddressIsFoundWithoutCaseOrSpaces() {
		assertThat(DuplicateRule.reasons(city("Louvain", "BE", null, " An@Leuven.example "),
				city("Leuven", "BE", null, "an@leuven.example")))
			.containsExactly(SAME_CONTACT);
		assertThat(DuplicateRule.reasons(city("Louvain", "BE", null, "an@leuven.example"),
				city("Leuven", "BE", null, "jo@leuven.example")))
			.isEmpty();
	}

	@Test
	void everyReasonThatHoldsIsGiven() {
		assertThat(DuplicateRule.reasons(city("City of Leuven", "BE", HEVERLEE, "an@leuven.example"),
				city("Leuven", "BE", LEUVEN, "an@leuven.example")))
			.containsExactlyInAnyOrder(SAME_NAME, NEARBY, SAME_CONTACT);
	}

}

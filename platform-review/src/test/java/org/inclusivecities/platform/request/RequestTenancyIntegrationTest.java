package org.inclusivecities.platform.request;

import java.util.Set;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** City B cannot see or change city A's request through any city-scoped operation. */
@PlatformIntegrationTest(properties = "platform.review.routing-window=12")
class RequestTenancyIntegrationTest extends ReviewServices {

	@Test
	void anotherCityGetsNotFoundAndNothingChanges() {
		ReviewFixture fixture = new ReviewFixture(people, pool, "tenancy-");
		Person adminA = fixture.person("admin-a", "city-a", Role.CITY_ADMIN);
		Person adminB = fixture.person("admin-b", "city-b", Role.CITY_ADMIN);
		String id = accreditation.submit("city-a", adminA.getId(), ReviewFixture.snapshot(), Set.of("en"), Set.of(),
				ReviewFixture.REVIEW);
		Long version = requests.byId(id).orElseThrow().getVersion();

		assertThatThrownBy(() -> reviews.cityView("city-b", id)).isInstanceOf(RequestNotFound.class);
		assertThatThrownBy(() -> accreditation.withdraw("city-b", id, adminB.getId(), "not ours"))
			.isInstanceOf(RequestNotFound.class);
		assertThatThrownBy(() -> accreditation.appeal("city-b", id, adminB.getId(), "x"))
			.isInstanceOf(RequestNotFound.class);
		assertThat(accreditation.ownRequests("city-b")).isEmpty();

		AccreditationRequest unchanged = requests.byId(id).orElseThrow();
		assertThat(unchanged.getVersion()).isEqualTo(version);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);
		assertThat(accreditation.ownRequests("city-a")).hasSize(1);
	}

	@Test
	void theFrozenSnapshotDoesNotFollowLaterChangesToTheCallersDocument() {
		ReviewFixture fixture = new ReviewFixture(people, pool, "snapshot-");
		Person admin = fixture.person("admin-c", "city-c", Role.CITY_ADMIN);
		var document = new java.util.HashMap<String, Object>();
		document.put("mission", "v1");
		String id = accreditation.submit("city-c", admin.getId(),
				new PlanSnapshot(document, 3, ReviewFixture.snapshot().frozenAt()), Set.of("en"), Set.of(),
				ReviewFixture.REVIEW);
		document.put("mission", "v2");

		assertThat(requests.byId(id).orElseThrow().getSnapshot().document()).containsEntry("mission", "v1");
		assertThat(requests.byId(id).orElseThrow().getSnapshot().planVersion()).isEqualTo(3);
	}

}

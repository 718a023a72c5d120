package org.inclusivecities.platform.accreditation.reviewer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotSectionsTest {

	@Test
	void knownPartsComeFirstAndPrivateNamesAndIdentifiersStayOut() {
		List<SnapshotSections.Section> sections = SnapshotSections.of(ReviewerFixture.plan(), ReviewerFixture::named);

		assertThat(sections).extracting(SnapshotSections.Section::key)
			.containsExactly("mission", "council", "activities", "evidence");
		SnapshotSections.Group members = sections.get(1).groups().getFirst();
		assertThat(members.listKey()).isEqualTo("members");
		List<SnapshotSections.Field> hidden = members.items().get(0).fields();
		assertThat(hidden).extracting(SnapshotSections.Field::value).doesNotContain("Hidden Harriet", "person-secret-id");
		assertThat(hidden).extracting(SnapshotSections.Field::valueKey).contains("reviewer.plan.nameWithheld",
				"plan.profile.PERSON_IN_RECOVERY");
		assertThat(hidden).extracting(SnapshotSections.Field::key).doesNotContain("personId", "namePublic");
		assertThat(members.items().get(1).fields()).extracting(SnapshotSections.Field::value).contains("Paul Public");
	}

	@Test
	void webAddressesBecomeLinksAndDatesReadAsDays() {
		List<SnapshotSections.Section> sections = SnapshotSections.of(ReviewerFixture.plan(), ReviewerFixture::named);

		SnapshotSections.Field url = sections.get(3).groups().getFirst().items().getFirst().fields().stream()
			.filter(f -> f.key().equals("url"))
			.findFirst()
			.orElseThrow();
		assertThat(url.link()).isTrue();
		assertThat(sections.get(2).groups().getFirst().items().getFirst().fields())
			.extracting(SnapshotSections.Field::value)
			.contains("2027-05-01", "Recovery walk");
		assertThat(SnapshotSections.of(Map.of("mission", Map.of("mission", "javascript:alert(1)")), id -> false).getFirst().fields()
			.getFirst().link()).isFalse();
	}

	@Test
	void humanisesKeysWithoutALabel() {
		assertThat(SnapshotSections.humanise("stakeholdersInvited")).isEqualTo("Stakeholders invited");
		assertThat(SnapshotSections.humanise("place.name")).isEqualTo("Name");
		assertThat(SnapshotSections.humanise("SHORT_TERM")).isEqualTo("Short term");
	}

}

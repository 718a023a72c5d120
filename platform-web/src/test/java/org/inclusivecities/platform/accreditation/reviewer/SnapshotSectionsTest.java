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
			.containsExactly("mission", "council", "baseline", "activities", "evidence");
		SnapshotSections.Group members = sections.get(1).groups().getFirst();
		assertThat(members.listKey()).isEqualTo("members");
		List<SnapshotSections.Field> hidden = members.items().get(0).fields();
		assertThat(hidden).extracting(SnapshotSections.Field::value).doesNotContain("Hidden Harriet", "person-secret-id");
		assertThat(hidden).extracting(SnapshotSections.Field::valueKey).contains("reviewer.plan.nameWithheld");
		assertThat(hidden).extracting(SnapshotSections.Field::constants)
			.contains(List.of(org.inclusivecities.platform.plan.CouncilProfile.PERSON_IN_RECOVERY));
		assertThat(hidden).extracting(SnapshotSections.Field::key).doesNotContain("personId", "namePublic");
		assertThat(members.items().get(1).fields()).extracting(SnapshotSections.Field::value).contains("Paul Public");
	}

	@Test
	void webAddressesBecomeLinksAndDatesReadAsDays() {
		List<SnapshotSections.Section> sections = SnapshotSections.of(ReviewerFixture.plan(), ReviewerFixture::named);

		SnapshotSections.Field url = sections.get(4).groups().getFirst().items().getFirst().fields().stream()
			.filter(f -> f.key().equals("url"))
			.findFirst()
			.orElseThrow();
		assertThat(url.link()).isTrue();
		List<SnapshotSections.Field> activity = sections.get(3).groups().getFirst().items().getFirst().fields();
		assertThat(activity).extracting(SnapshotSections.Field::value).contains("Recovery walk");
		assertThat(activity).extracting(SnapshotSections.Field::day).contains(java.time.LocalDate.of(2027, 5, 1));
		assertThat(SnapshotSections.of(Map.of("mission", Map.of("mission", "javascript:alert(1)")), id -> false).getFirst().fields()
			.getFirst().link()).isFalse();
	}

	@Test
	void constantsOfThePlansEnumsAreKeptAsConstantsForTheirLabels() {
		List<SnapshotSections.Field> stakeholder = SnapshotSections.of(ReviewerFixture.plan(), ReviewerFixture::named)
			.get(2).groups().getFirst().items().getFirst().fields();
		assertThat(stakeholder).extracting(SnapshotSections.Field::constants)
			.contains(List.of(org.inclusivecities.platform.plan.Level.HIGH),
					List.of(org.inclusivecities.platform.plan.Sector.HOUSING));
	}

	@Test
	void humanisesKeysWithoutALabel() {
		assertThat(SnapshotSections.humanise("stakeholdersInvited")).isEqualTo("Stakeholders invited");
		assertThat(SnapshotSections.humanise("place.name")).isEqualTo("Name");
		assertThat(SnapshotSections.humanise("SHORT_TERM")).isEqualTo("Short term");
	}

}

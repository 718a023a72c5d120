package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.plan.ActivityType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeTest {

	static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

	static PracticeContent content(String title) {
		return new PracticeContent(title, "Summary", "", "Done", "", "", "", "", "", Set.of(ActivityType.RECOVERY_CAFE),
				Set.of(), Set.of(), List.of(), List.of("en"), List.of());
	}

	@Test
	void draftIsSubmittedThenPublished() {
		Practice practice = Practice.draft("c1", content("Café"), "p1", T);
		assertThatThrownBy(() -> practice.publish("admin", T)).isInstanceOf(InvalidPracticeTransition.class);
		practice.submit(T);
		assertThatThrownBy(() -> practice.submit(T)).isInstanceOf(InvalidPracticeTransition.class);
		assertThatThrownBy(() -> practice.edit(content("x"), T)).isInstanceOf(InvalidPracticeTransition.class);
		practice.publish("admin", T);
		assertThat(practice.isPublished()).isTrue();
		assertThat(practice.published().orElseThrow().content().title()).isEqualTo("Café");
	}

	@Test
	void returnNeedsFeedbackAndAllowsResubmission() {
		Practice practice = Practice.draft("c1", content("Café"), "p1", T);
		practice.submit(T);
		assertThatThrownBy(() -> practice.returnWithFeedback("admin", " ", T))
			.isInstanceOf(IllegalArgumentException.class);
		practice.returnWithFeedback("admin", "Add outcomes", T);
		assertThat(practice.working().status()).isEqualTo(RevisionStatus.RETURNED);
		assertThat(practice.working().feedback()).isEqualTo("Add outcomes");
		assertThat(practice.isPublished()).isFalse();
		practice.edit(content("Café 2"), T);
		practice.submit(T);
		assertThat(practice.getWorkingStatus()).isEqualTo(RevisionStatus.SUBMITTED);
	}

	@Test
	void editingAPublishedPracticeMakesANewRevisionWhileThePublishedOneStaysVisible() {
		Practice practice = Practice.draft("c1", content("Version 1"), "p1", T);
		practice.submit(T);
		practice.publish("admin", T);
		practice.edit(content("Version 2"), T);
		assertThat(practice.getRevisions()).hasSize(2);
		assertThat(practice.published().orElseThrow().content().title()).isEqualTo("Version 1");
		practice.submit(T);
		practice.returnWithFeedback("admin", "Not yet", T);
		assertThat(practice.published().orElseThrow().content().title()).isEqualTo("Version 1");
		practice.submit(T);
		practice.publish("admin", T);
		assertThat(practice.published().orElseThrow().content().title()).isEqualTo("Version 2");
		assertThat(practice.getRevisions().getFirst().status()).isEqualTo(RevisionStatus.SUPERSEDED);
	}

	@Test
	void storiesAppearWithPublicationAndVanishWithConsent() {
		Practice practice = Practice.draft("c1", content("Café"), "p1", T);
		practice.submit(T);
		practice.publish("admin", T);
		Story story = practice.addStory("My way back", "Text", new Consent("Jan Jansen", LocalDate.of(2026, 4, 1),
				ConsentScope.PSEUDONYMOUS, "J.", "p1", T, null), T);
		assertThat(practice.visibleStories()).isEmpty();
		assertThat(practice.getWorkingStatus()).isEqualTo(RevisionStatus.DRAFT);
		practice.submit(T);
		practice.publish("admin", T);
		assertThat(practice.visibleStories()).extracting(Story::displayedAuthor).containsExactly("J.");
		practice.withdrawConsent(story.id(), T);
		assertThat(practice.visibleStories()).isEmpty();
		assertThat(practice.getStories().getFirst().text()).isNull();
		assertThat(practice.getStories().getFirst().consent().isWithdrawn()).isTrue();
	}

}

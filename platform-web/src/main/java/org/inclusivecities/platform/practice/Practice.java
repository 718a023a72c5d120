package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A good practice published by a member city. Content lives in numbered revisions: the working revision (the
 * last one) goes DRAFT → SUBMITTED → PUBLISHED or RETURNED; editing a published practice starts a new draft
 * revision while the published one stays visible. Stories and images become public with the next publication.
 */
@Document("practices")
@CompoundIndex(name = "city_updated", def = "{ 'cityId': 1, 'updatedAt': -1 }")
public class Practice {

	@Id
	private String id;

	private String cityId;

	private List<Revision> revisions = new ArrayList<>();

	/** Status of the working (last) revision, for the moderation queue. */
	@Indexed
	private RevisionStatus workingStatus;

	/** Number of the revision the public sees; null while never published. */
	@Indexed(sparse = true)
	private Integer publishedRevision;

	private Instant firstPublishedAt;

	private Instant updatedAt;

	private String createdBy;

	private List<Story> stories = new ArrayList<>();

	private List<PracticeImage> images = new ArrayList<>();

	@Version
	private Long version;

	Practice() {
	}

	public static Practice draft(String cityId, PracticeContent content, String personId, Instant at) {
		Practice practice = new Practice();
		practice.cityId = cityId;
		practice.createdBy = personId;
		practice.revisions.add(new Revision(1, content, RevisionStatus.DRAFT, at, null, null, null, null));
		practice.workingStatus = RevisionStatus.DRAFT;
		practice.updatedAt = at;
		return practice;
	}

	/** Changes the working content; a published or superseded working revision gets a new draft revision. */
	public void edit(PracticeContent content, Instant at) {
		Revision working = working();
		switch (working.status()) {
			case DRAFT, RETURNED -> revisions.set(revisions.size() - 1, working.withContent(content));
			case PUBLISHED, SUPERSEDED, WITHDRAWN -> revisions.add(new Revision(working.number() + 1, content,
					RevisionStatus.DRAFT, at, null, null, null, null));
			case SUBMITTED -> throw new InvalidPracticeTransition("The practice is waiting for moderation");
		}
		touch(at);
	}

	public void submit(Instant at) {
		Revision working = working();
		if (working.status() != RevisionStatus.DRAFT && working.status() != RevisionStatus.RETURNED) {
			throw new InvalidPracticeTransition("Only a draft or returned practice can be submitted");
		}
		revisions.set(revisions.size() - 1, working.submitted(at));
		touch(at);
	}

	/** The secretariat publishes the submitted revision; pending stories and images become public with it. */
	public void publish(String adminId, Instant at) {
		Revision working = requireSubmitted();
		published().ifPresent(old -> revisions.set(old.number() - 1, old.superseded()));
		revisions.set(revisions.size() - 1, working.decided(RevisionStatus.PUBLISHED, at, adminId, null));
		publishedRevision = working.number();
		if (firstPublishedAt == null) {
			firstPublishedAt = at;
		}
		stories.replaceAll(Story::approved);
		images.replaceAll(PracticeImage::approved);
		touch(at);
	}

	/** The secretariat returns the submitted revision with feedback; a published revision stays visible. */
	public void returnWithFeedback(String adminId, String feedback, Instant at) {
		if (feedback == null || feedback.isBlank()) {
			throw new IllegalArgumentException("Feedback is required");
		}
		Revision working = requireSubmitted();
		revisions.set(revisions.size() - 1, working.decided(RevisionStatus.RETURNED, at, adminId, feedback.strip()));
		touch(at);
	}

	/**
	 * The secretariat takes the practice out of the library (for example on the city's request or after a
	 * complaint); its published revision is kept as WITHDRAWN, and the city may submit a new version.
	 */
	public void withdraw(String adminId, String reason, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		Revision current = published()
			.orElseThrow(() -> new InvalidPracticeTransition("Only a published practice can be withdrawn"));
		revisions.set(current.number() - 1, current.withdrawn(at, adminId, reason.strip()));
		publishedRevision = null;
		touch(at);
	}

	public Story addStory(String title, String text, Consent consent, Instant at) {
		Story story = new Story(UUID.randomUUID().toString(), title, text, consent, at, false);
		stories.add(story);
		startDraftIfPublished(at);
		return story;
	}

	/** Removes the story's text at once; only the consent record (with its withdrawal) is kept. */
	public void withdrawConsent(String storyId, Instant at) {
		int index = indexOfStory(storyId);
		if (stories.get(index).consent().isWithdrawn()) {
			throw new InvalidPracticeTransition("Consent was already withdrawn");
		}
		stories.set(index, stories.get(index).withConsentWithdrawn(at));
		touch(at);
	}

	public void addImage(PracticeImage image, Instant at) {
		images.add(image);
		startDraftIfPublished(at);
	}

	private void startDraftIfPublished(Instant at) {
		Revision working = working();
		if (working.status() == RevisionStatus.PUBLISHED) {
			edit(working.content(), at);
		}
		touch(at);
	}

	private int indexOfStory(String storyId) {
		for (int i = 0; i < stories.size(); i++) {
			if (stories.get(i).id().equals(storyId)) {
				return i;
			}
		}
		throw new PracticeNotFound();
	}

	private Revision requireSubmitted() {
		Revision working = working();
		if (working.status() != RevisionStatus.SUBMITTED) {
			throw new InvalidPracticeTransition("Only a submitted practice can be published or returned");
		}
		return working;
	}

	private void touch(Instant at) {
		workingStatus = working().status();
		updatedAt = at;
	}

	public Revision working() {
		return revisions.getLast();
	}

	public Optional<Revision> published() {
		return publishedRevision == null ? Optional.empty() : Optional.of(revisions.get(publishedRevision - 1));
	}

	public boolean isPublished() {
		return publishedRevision != null;
	}

	public List<Story> visibleStories() {
		return stories.stream().filter(Story::isVisible).toList();
	}

	public List<PracticeImage> visibleImages() {
		return images.stream().filter(PracticeImage::published).toList();
	}

	public Optional<PracticeImage> image(String imageId) {
		return images.stream().filter(i -> i.id().equals(imageId)).findFirst();
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public List<Revision> getRevisions() {
		return List.copyOf(revisions);
	}

	public RevisionStatus getWorkingStatus() {
		return workingStatus;
	}

	public Instant getFirstPublishedAt() {
		return firstPublishedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<Story> getStories() {
		return List.copyOf(stories);
	}

	public List<PracticeImage> getImages() {
		return List.copyOf(images);
	}

	public Long getVersion() {
		return version;
	}

}

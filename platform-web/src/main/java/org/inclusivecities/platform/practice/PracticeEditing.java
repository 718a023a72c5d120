package org.inclusivecities.platform.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a city's members do with their own practices. Every method takes the city explicitly; a practice of
 * another city is {@link PracticeNotFound}. Every change publishes a {@link PracticeChange}, which brings it to the
 * search index and the page cache before the method returns (and to the other instances' right after).
 */
@Service
public class PracticeEditing {

	private final Practices practices;

	private final PracticeImages images;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PracticeEditing(Practices practices, PracticeImages images,
			ApplicationEventPublisher events, Clock clock) {
		this.practices = practices;
		this.images = images;
		this.events = events;
		this.clock = clock;
	}

	public List<Practice> list(String cityId) {
		return practices.findAllByCityIdOrderByUpdatedAtDesc(cityId);
	}

	public Practice get(String cityId, String practiceId) {
		return practices.findByCityIdAndId(cityId, practiceId).orElseThrow(PracticeNotFound::new);
	}

	public Practice create(String cityId, PracticeContent content, String personId) {
		return practices.save(Practice.draft(cityId, content, personId, clock.instant()));
	}

	public void edit(String cityId, String practiceId, PracticeContent content) {
		Practice practice = get(cityId, practiceId);
		practice.edit(content, clock.instant());
		save(practice);
		events.publishEvent(new PracticeEdited(cityId, practiceId));
	}

	public void submit(String cityId, String practiceId) {
		Practice practice = get(cityId, practiceId);
		practice.submit(clock.instant());
		save(practice);
		events.publishEvent(new PracticeEdited(cityId, practiceId));
	}

	public Story addStory(String cityId, String practiceId, String title, String text, String givenBy,
			LocalDate givenOn, ConsentScope scope, String pseudonym, String personId) {
		Practice practice = get(cityId, practiceId);
		Consent consent = new Consent(givenBy, givenOn, scope, pseudonym, personId, clock.instant(), null);
		Story story = practice.addStory(title, text, consent, clock.instant());
		save(practice);
		events.publishEvent(new StoryAdded(cityId, practiceId, story.id()));
		return story;
	}

	/** Withdraws consent: the story is gone from the page, the index, the feed and the API when this returns. */
	public void withdrawConsent(String cityId, String practiceId, String storyId) {
		Practice practice = get(cityId, practiceId);
		practice.withdrawConsent(storyId, clock.instant());
		save(practice);
		events.publishEvent(new ConsentWithdrawn(cityId, practiceId, storyId));
	}

	public PracticeImage addImage(String cityId, String practiceId, byte[] upload, String alt) {
		Practice practice = get(cityId, practiceId);
		PracticeImage image = images.store(cityId, practiceId, upload, alt);
		practice.addImage(image, clock.instant());
		save(practice);
		events.publishEvent(new PracticeEdited(cityId, practiceId));
		return image;
	}

	private void save(Practice practice) {
		practices.save(practice);
	}

}

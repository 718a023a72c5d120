package org.inclusivecities.platform.practice;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The secretariat's moderation of submitted practices, across cities. */
@Service
public class PracticeModeration {

	private final ModerationQueue queue;

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PracticeModeration(ModerationQueue queue, MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.queue = queue;
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	public List<Practice> waiting() {
		return queue.waiting();
	}

	public Practice get(String practiceId) {
		return queue.find(practiceId).orElseThrow(PracticeNotFound::new);
	}

	public void publish(String practiceId, String adminId) {
		Practice practice = get(practiceId);
		practice.publish(adminId, clock.instant());
		mongo.save(practice);
		events.publishEvent(new PracticePublished(practice.getCityId(), practiceId));
	}

	/** Takes a published practice out of the library, the search index, the feed and the API at once. */
	public void withdraw(String practiceId, String adminId, String reason) {
		Practice practice = get(practiceId);
		practice.withdraw(adminId, reason, clock.instant());
		mongo.save(practice);
		events.publishEvent(new PracticeWithdrawn(practice.getCityId(), practiceId));
	}

	public void returnWithFeedback(String practiceId, String adminId, String feedback) {
		Practice practice = get(practiceId);
		practice.returnWithFeedback(adminId, feedback, clock.instant());
		mongo.save(practice);
		events.publishEvent(new PracticeEdited(practice.getCityId(), practiceId));
	}

}

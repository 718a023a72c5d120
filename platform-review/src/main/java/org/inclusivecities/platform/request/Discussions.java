package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.List;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The discussion of a request between its reviewers (of the current round, once their own review is in) and the
 * secretariat, until the decision. The reviewed city never reads it. Each message mails the other participants a
 * link to the discussion (never its text or its author).
 */
@Service
public class Discussions {

	private final RequestsInReview requests;

	private final ReviewInvitations invitations;

	private final People people;

	private final ReviewMail mail;

	private final Clock clock;

	Discussions(RequestsInReview requests, ReviewInvitations invitations, People people, ReviewMail mail, Clock clock) {
		this.requests = requests;
		this.invitations = invitations;
		this.people = people;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Posts a message as the secretariat (a network admin) or as a reviewer of the request: empty or too long
	 * ({@code discussion.text.required} / {@code .tooLong}) is refused, so is a person without a seat (404), a
	 * reviewer before their own review (409) and a request not in review (409); then nothing changes.
	 */
	public AccreditationRequest post(String actorId, String requestId, String text) {
		if (text == null || text.isBlank()) {
			throw new RequestErrors.InvalidInput(List.of("discussion.text.required"));
		}
		if (text.strip().length() > DiscussionPost.MAX_TEXT) {
			throw new RequestErrors.InvalidInput(List.of("discussion.text.tooLong"));
		}
		boolean secretariat = people.findById(actorId).map(Person::isNetworkAdmin).orElse(false);
		AccreditationRequest saved;
		try {
			saved = append(actorId, requestId, secretariat, text.strip());
		}
		catch (OptimisticLockingFailureException raced) {
			// someone else changed the request meanwhile (another message, a score): a message only appends, so it is
			// added once more to the request as it stands now, with every rule judged again
			saved = append(actorId, requestId, secretariat, text.strip());
		}
		mail.discussionPosted(saved, actorId);
		return saved;
	}

	private AccreditationRequest append(String actorId, String requestId, boolean secretariat, String text) {
		AccreditationRequest request = secretariat
				? requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId))
				: invitations.mine(actorId, requestId);
		request.discuss(actorId, secretariat, text, clock.instant());
		return requests.save(request);
	}

}

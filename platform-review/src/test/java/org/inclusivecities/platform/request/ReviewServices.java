package org.inclusivecities.platform.request;

import org.inclusivecities.platform.ReviewTestApplication.TestClock;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.pool.ReviewerPoolService;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review services a workflow integration test drives, injected from its own application context: extend it
 * (next to {@code @PlatformIntegrationTest}) instead of repeating the list, and seed with {@link ReviewFixture}.
 */
abstract class ReviewServices {

	@Autowired
	AccreditationService accreditation;

	@Autowired
	ReviewRouting routing;

	@Autowired
	ReviewInvitations invitations;

	@Autowired
	Reviews reviews;

	@Autowired
	Decisions decisions;

	@Autowired
	Certificates certificates;

	@Autowired
	ReassignmentJob reassignment;

	@Autowired
	RequestsInReview requests;

	@Autowired
	People people;

	@Autowired
	ReviewerPoolService pool;

	@Autowired
	Outbox outbox;

	@Autowired
	TestClock clock;

}

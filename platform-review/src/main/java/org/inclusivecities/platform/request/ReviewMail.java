package org.inclusivecities.platform.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The mails of the review workflow, their recipients (in their own language) and their model. Templates are
 * rendered by the web module: review-invitation, review-reminder, accreditation-decision,
 * accreditation-renewal-reminder, accreditation-condition-reminder, accreditation-revoked, review-seat-flagged (to the secretariat, with
 * {@code ruleId} and {@code reviewerName}), review-seat-removed, review-all-in (to the secretariat: write the
 * meta-review and decide), review-discussion (a new message: {@code forSecretariat} says which page it links to). Every model names the city concerned ({@code cityName}, also the first subject
 * argument) and carries what the links need: {@code requestId} for the reviewer's page /my/reviews/{requestId},
 * {@code citySlug} for the city's page /my/cities/{slug}/accreditation. No mail names another reviewer.
 */
@Component
class ReviewMail {

	static final String INVITATION = "review-invitation";

	static final String REVIEW_REMINDER = "review-reminder";

	static final String DECISION = "accreditation-decision";

	static final String RENEWAL_REMINDER = "accreditation-renewal-reminder";

	static final String CONDITION_REMINDER = "accreditation-condition-reminder";

	static final String SEAT_FLAGGED = "review-seat-flagged";

	static final String SEAT_REMOVED = "review-seat-removed";

	static final String ALL_REVIEWS_IN = "review-all-in";

	static final String DISCUSSION = "review-discussion";

	static final String CONDITION_REPORTED = "accreditation-condition-reported";

	static final String REVOKED = "accreditation-revoked";

	private final Mailer mailer;

	private final People people;

	private final Cities cities;

	private final MongoTemplate mongo;

	ReviewMail(Mailer mailer, People people, Cities cities, MongoTemplate mongo) {
		this.mongo = mongo;
		this.mailer = mailer;
		this.people = people;
		this.cities = cities;
	}

	/** Invites a reviewer to the request; {@code reassigned} when the seat was someone else's first. */
	void invitation(AccreditationRequest request, String reviewerId, Instant respondBy, boolean reassigned) {
		Map<String, Object> model = about(request);
		model.put("respondBy", respondBy);
		model.put("reassigned", reassigned);
		toPerson(reviewerId, INVITATION, model);
	}

	/** Reminds a reviewer who accepted but has not submitted yet that the review period ends on {@code due}. */
	void reviewReminder(AccreditationRequest request, String reviewerId, LocalDate due) {
		Map<String, Object> model = about(request);
		model.put("due", due);
		model.put("subjectArgs", new Object[] { model.get("cityName"), due });
		toPerson(reviewerId, REVIEW_REMINDER, model);
	}

	/** The decision, to the city's admins. */
	void decision(AccreditationRequest request, Map<String, Object> details) {
		Map<String, Object> model = about(request);
		model.putAll(details);
		toCity(request.getCityId(), DECISION, model);
	}

	/**
	 * The certificate was revoked ({@code certificateCode}, {@code reason}, {@code publicReason} or null), to the
	 * city's admins.
	 */
	void revoked(AccreditationRequest request, Revocation revocation) {
		Map<String, Object> model = about(request);
		model.put("certificateCode", revocation.certificateCode());
		model.put("reason", revocation.reason());
		model.put("publicReason", revocation.publicReason());
		toCity(request.getCityId(), REVOKED, model);
	}

	/** The renewal reminder, to the city's admins. */
	void renewalReminder(AccreditationRequest request, LocalDate validUntil, int months) {
		Map<String, Object> model = about(request);
		model.put("validUntil", validUntil);
		model.put("months", months);
		toCity(request.getCityId(), RENEWAL_REMINDER, model);
	}

	/** Conditions of the city's accreditation that fall due soon ({@code conditions}: text and dueBy), to its admins. */
	void conditionReminder(AccreditationRequest request, List<Decision.Condition> due) {
		Map<String, Object> model = about(request);
		model.put("conditions", List.copyOf(due));
		toCity(request.getCityId(), CONDITION_REMINDER, model);
	}

	/**
	 * To the secretariat: a live seat on the request now breaks a rule ({@code ruleId}) because of a change elsewhere;
	 * the link opens the request page, where the seat can be replaced. Names the reviewer, who the secretariat knows.
	 */
	void seatFlagged(AccreditationRequest request, String reviewerId, String ruleId) {
		Map<String, Object> model = about(request);
		model.put("ruleId", ruleId);
		model.put("reviewerName", people.findById(reviewerId).map(Person::getDisplayName).orElse(""));
		toSecretariat(SEAT_FLAGGED, model);
	}

	/** To every network admin. */
	private void toSecretariat(String template, Map<String, Object> model) {
		for (Person admin : mongo.find(Query.query(Criteria.where("networkAdmin").is(true)), Person.class)) {
			mailer.send(admin.getEmail(), admin.getLanguage().locale(), template, model);
		}
	}

	/** To the secretariat: every review of the round is in; the link opens the request to write the meta-review. */
	void allReviewsIn(AccreditationRequest request) {
		toSecretariat(ALL_REVIEWS_IN, about(request));
	}

	/**
	 * A new message in the request's discussion, to everyone else who takes part: the round's reviewers whose review
	 * is in, and the secretariat. The mail names neither the author nor the text.
	 */
	void discussionPosted(AccreditationRequest request, String authorId) {
		Map<String, Object> model = about(request);
		model.put("forSecretariat", false);
		request.currentSeats()
			.stream()
			.filter(s -> s.status() == SeatStatus.SUBMITTED && !s.reviewerId().equals(authorId))
			.map(ReviewerSeat::reviewerId)
			.distinct()
			.forEach(reviewer -> toPerson(reviewer, DISCUSSION, model));
		Map<String, Object> forSecretariat = about(request);
		forSecretariat.put("forSecretariat", true);
		for (Person admin : mongo.find(Query.query(Criteria.where("networkAdmin").is(true)), Person.class)) {
			if (!admin.getId().equals(authorId)) {
				mailer.send(admin.getEmail(), admin.getLanguage().locale(), DISCUSSION, forSecretariat);
			}
		}
	}

	/** To the secretariat: the city reported a condition done ({@code condition}); the link opens it to confirm. */
	void conditionReported(AccreditationRequest request, Decision.Condition condition) {
		Map<String, Object> model = about(request);
		model.put("condition", condition);
		toSecretariat(CONDITION_REPORTED, model);
	}

	/** To a reviewer the secretariat took off the request: their seat is no longer theirs (no other name given). */
	void seatRemoved(AccreditationRequest request, String reviewerId) {
		toPerson(reviewerId, SEAT_REMOVED, about(request));
	}

	private Map<String, Object> about(AccreditationRequest request) {
		City city = cities.findById(request.getCityId()).orElse(null);
		String name = city == null ? "" : city.getName();
		Map<String, Object> model = new HashMap<>();
		model.put("requestId", request.getId());
		model.put("cityName", name);
		model.put("citySlug", city == null ? "" : city.getSlug());
		model.put("subjectArgs", new Object[] { name });
		return model;
	}

	private void toPerson(String personId, String template, Map<String, Object> model) {
		people.findById(personId)
			.ifPresent(p -> mailer.send(p.getEmail(), p.getLanguage().locale(), template, model));
	}

	/** To every city admin of the city. */
	private void toCity(String cityId, String template, Map<String, Object> model) {
		for (Person p : people.findAllByCityId(cityId, PageRequest.of(0, 200))) {
			if (p.hasRole(cityId, Role.CITY_ADMIN)) {
				mailer.send(p.getEmail(), p.getLanguage().locale(), template, model);
			}
		}
	}

}

package org.inclusivecities.platform.accreditation.reviewer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.ReviewInvitations;
import org.inclusivecities.platform.request.ReviewViews.ReviewerView;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.request.SeatStatus;

import org.springframework.stereotype.Component;

/**
 * What a reviewer's pages show: only requests where the person holds a seat in the current round (a seat the
 * secretariat has only proposed does not count yet); everything else reads as not found.
 */
@Component
class ReviewerDesk {

	private final ReviewInvitations invitations;

	private final Reviews reviews;

	private final Cities cities;

	ReviewerDesk(ReviewInvitations invitations, Reviews reviews, Cities cities) {
		this.invitations = invitations;
		this.reviews = reviews;
		this.cities = cities;
	}

	/** One line of "my reviews". */
	record Row(String requestId, String cityName, SeatStatus status, LocalDate respondBy, LocalDate reviewDeadline) {
	}

	/** One request as its reviewer sees it; {@code view} only once the invitation is accepted. */
	record Desk(String requestId, String cityName, SeatStatus status, RequestStatus requestStatus, LocalDate respondBy,
			LocalDate reviewFrom, LocalDate reviewDeadline, ReviewerView view, String appealReason) {

		public boolean open() {
			return requestStatus == RequestStatus.IN_REVIEW;
		}

	}

	List<Row> rows(String personId) {
		return invitations.of(personId)
			.stream()
			.flatMap(request -> seat(request, personId).stream()
				.map(seat -> new Row(request.getId(), cityName(request.getCityId()), seat.status(), day(seat.respondBy()),
						request.getReviewPeriod() == null ? null : request.getReviewPeriod().to())))
			.sorted(Comparator.comparing(Row::respondBy, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	Desk desk(String personId, String requestId) {
		AccreditationRequest request = invitations.of(personId)
			.stream()
			.filter(r -> r.getId().equals(requestId))
			.findFirst()
			.orElseThrow(() -> new NotYourInvitation(requestId));
		ReviewerSeat seat = seat(request, personId).orElseThrow(() -> new NotYourInvitation(requestId));
		boolean scoring = seat.status() == SeatStatus.ACCEPTED || seat.status() == SeatStatus.SUBMITTED;
		ReviewerView view = scoring ? reviews.reviewerView(personId, requestId) : null;
		var period = request.getReviewPeriod();
		// reviewers of the appeal round read why the city appealed; the first round's never see it
		String appealReason = request.isAppealed() && seat.round() > 1
				? request.appeal().map(org.inclusivecities.platform.request.AuditEntry::detail).orElse(null) : null;
		return new Desk(requestId, cityName(request.getCityId()), seat.status(), request.getStatus(), day(seat.respondBy()),
				period == null ? null : period.from(), period == null ? null : period.to(), view, appealReason);
	}

	/** The person's seat in the request's current round, the latest one if they were invited twice. */
	private static Optional<ReviewerSeat> seat(AccreditationRequest request, String personId) {
		return request.currentSeats()
			.stream()
			.filter(s -> s.reviewerId().equals(personId) && s.status() != SeatStatus.PROPOSED)
			.reduce((first, second) -> second);
	}

	private static LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private String cityName(String cityId) {
		return cities.findById(cityId).map(City::getName).orElse("");
	}

}

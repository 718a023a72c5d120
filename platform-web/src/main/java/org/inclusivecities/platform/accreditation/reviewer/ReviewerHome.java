package org.inclusivecities.platform.accreditation.reviewer;

import java.util.List;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;

import org.springframework.stereotype.Component;

/**
 * A reviewer's waiting actions, as the review mails announce them: invitations to answer by their deadline, and
 * accepted reviews to submit by the end of the review period.
 */
@Component
class ReviewerHome implements WaitingItems {

	private final ReviewerDesk desk;

	ReviewerHome(ReviewerDesk desk) {
		this.desk = desk;
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		return desk.rows(person.getId())
			.stream()
			.filter(row -> row.status() == SeatStatus.INVITED || row.status() == SeatStatus.ACCEPTED)
			.map(row -> row.status() == SeatStatus.INVITED
					? WaitingItem.elsewhere(REVIEWS, "workspace.waiting.answer", "/my/reviews/" + row.requestId(),
							row.respondBy(), row.cityName())
					: WaitingItem.elsewhere(REVIEWS, "workspace.waiting.review", "/my/reviews/" + row.requestId(),
							row.reviewDeadline(), row.cityName()))
			.toList();
	}

}

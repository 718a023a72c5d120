package org.inclusivecities.platform.accreditation.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.SecretariatSection;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Accreditation on the secretariat's home: the requests by state, each group linked on the overview; requests to
 * route, proposals to confirm and reviewed requests to decide wait for every network admin.
 */
@Component
class AccreditationSecretariatHome implements SecretariatSection, WaitingItems {

	/** The states in which the next step is the secretariat's, with what that step is. */
	private static final Map<RequestStatus, String> STEPS = Map.of(RequestStatus.AWAITING_REVIEWERS,
			"workspace.secretariat.route", RequestStatus.PROPOSED, "workspace.secretariat.confirm",
			RequestStatus.REVIEWED, "workspace.secretariat.decide");

	private static final String OVERVIEW = "/admin/accreditation";

	private final RequestsInReview requests;

	AccreditationSecretariatHome(RequestsInReview requests) {
		this.requests = requests;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public HomeSection contribute() {
		Map<RequestStatus, Long> counts = counts();
		List<HomeLine> lines = new ArrayList<>();
		for (RequestStatus status : RequestStatus.values()) {
			long count = counts.getOrDefault(status, 0L);
			if (count == 0) {
				continue;
			}
			String href = OVERVIEW + "#group-" + status.name();
			lines.add(STEPS.containsKey(status) ? HomeLine.action(STEPS.get(status), href, count)
					: HomeLine.info("workspace.secretariat.requests", href, count,
							new DefaultMessageSourceResolvable("reviewAdmin.group." + status.name())));
		}
		if (lines.isEmpty()) {
			lines.add(HomeLine.info("workspace.secretariat.requests.none", OVERVIEW));
		}
		return new HomeSection("accreditation", "reviewAdmin.adminLink.title", OVERVIEW, lines);
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		if (!person.isNetworkAdmin()) {
			return List.of();
		}
		Map<RequestStatus, Long> counts = counts();
		List<WaitingItem> items = new ArrayList<>();
		for (RequestStatus status : RequestStatus.values()) {
			if (STEPS.containsKey(status) && counts.getOrDefault(status, 0L) > 0) {
				items.add(WaitingItem.elsewhere(SECRETARIAT, STEPS.get(status), OVERVIEW + "#group-" + status.name(), null,
						counts.get(status)));
			}
		}
		return items;
	}

	private Map<RequestStatus, Long> counts() {
		return requests.withStatus(RequestStatus.values())
			.stream()
			.collect(Collectors.groupingBy(AccreditationRequest::getStatus, Collectors.counting()));
	}

}

package org.inclusivecities.platform.accreditation.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.SeatFlags;
import org.inclusivecities.platform.request.SeatFlags.BrokenSeat;
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
 * route, proposals to confirm and reviewed requests to decide wait for every network admin, and so does every
 * request with a reviewer's seat that breaks a rule (the flag the secretariat was mailed about), linked straight to
 * that request's page where the seat is replaced, and every condition a city reported done, to confirm.
 */
@Component
class AccreditationSecretariatHome implements SecretariatSection, WaitingItems {

	/** The states in which the next step is the secretariat's, with what that step is. */
	private static final Map<RequestStatus, String> STEPS = Map.of(RequestStatus.AWAITING_REVIEWERS,
			"workspace.secretariat.route", RequestStatus.PROPOSED, "workspace.secretariat.confirm",
			RequestStatus.REVIEWED, "workspace.secretariat.decide");

	private static final String OVERVIEW = "/admin/accreditation";

	private final RequestsInReview requests;

	private final SeatFlags flags;

	private final Names names;

	AccreditationSecretariatHome(RequestsInReview requests, SeatFlags flags, Names names) {
		this.requests = requests;
		this.flags = flags;
		this.names = names;
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
		lines.addAll(0, flagged().stream()
			.map(item -> HomeLine.action(item.messageKey(), item.href(), item.args().toArray()))
			.toList());
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
		items.addAll(0, flagged());
		items.addAll(reportedConditions());
		return items;
	}

	/** One item per condition a city reported done, to confirm on its request page. */
	private List<WaitingItem> reportedConditions() {
		List<AccreditationRequest> decided = requests.withStatus(RequestStatus.DECIDED)
			.stream()
			.filter(r -> r.getDecision() != null
					&& r.getDecision().conditions().stream().anyMatch(c -> c.reported()))
			.toList();
		if (decided.isEmpty()) {
			return List.of();
		}
		Names.Lookup lookup = names.of(Set.of(), decided.stream().map(AccreditationRequest::getCityId).toList());
		List<WaitingItem> items = new ArrayList<>();
		for (AccreditationRequest request : decided) {
			request.getDecision()
				.conditions()
				.stream()
				.filter(c -> c.reported())
				.forEach(c -> items.add(WaitingItem.elsewhere(SECRETARIAT, "workspace.secretariat.conditionReported",
						OVERVIEW + "/" + request.getId() + "#condition-" + c.id(), c.dueBy(),
						lookup.city(request.getCityId()), c.text())));
		}
		return items;
	}

	/** One item per request with a seat that breaks a rule: the city, and how many of its seats. */
	private List<WaitingItem> flagged() {
		Map<String, List<BrokenSeat>> broken = flags.brokenSeatsByRequest();
		if (broken.isEmpty()) {
			return List.of();
		}
		Map<String, String> cityOf = new HashMap<>();
		requests.withStatus(RequestStatus.values())
			.stream()
			.filter(r -> broken.containsKey(r.getId()))
			.forEach(r -> cityOf.put(r.getId(), r.getCityId()));
		Names.Lookup lookup = names.of(Set.of(), cityOf.values());
		List<WaitingItem> items = new ArrayList<>();
		broken.forEach((requestId, seats) -> items.add(WaitingItem.elsewhere(SECRETARIAT,
				"workspace.secretariat.flagged", OVERVIEW + "/" + requestId, null,
				lookup.city(cityOf.getOrDefault(requestId, "")),
				seats.stream().map(BrokenSeat::reviewerId).distinct().count())));
		return items;
	}

	private Map<RequestStatus, Long> counts() {
		return requests.withStatus(RequestStatus.values())
			.stream()
			.collect(Collectors.groupingBy(AccreditationRequest::getStatus, Collectors.counting()));
	}

}

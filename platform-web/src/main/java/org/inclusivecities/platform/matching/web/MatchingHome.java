package org.inclusivecities.platform.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.matching.PairingStatus;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.stereotype.Component;

/**
 * The matchcentrum's part of the homes: on a city's workspace the link to it, each pairing request waiting for the
 * city's admins and each accepted pairing; in the "waiting for you" list the requests its admins answer.
 */
@Component
class MatchingHome implements WorkspaceSection, WaitingItems {

	private final PairingViews views;

	MatchingHome(PairingViews views) {
		this.views = views;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public Optional<HomeSection> contribute(CityWorkspace workspace) {
		String base = MatchcentrumController.base(workspace);
		List<HomeLine> lines = new ArrayList<>();
		for (PairingView p : views.of(workspace.cityId())) {
			String href = base + "/pairings/" + p.id();
			if (p.waiting() && workspace.has(Role.CITY_ADMIN)) {
				lines.add(HomeLine.action("workspace.matching.waiting", href, p.otherName()));
			}
			else if (p.status() == PairingStatus.ACCEPTED) {
				lines.add(HomeLine.info(p.mentor() ? "workspace.matching.mentoring" : "workspace.matching.learning", href,
						p.otherName()));
			}
		}
		lines.add(HomeLine.info("workspace.matching.open", base));
		return Optional.of(new HomeSection("matchcentrum", "matching.title", base, lines));
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		List<WaitingItem> items = new ArrayList<>();
		for (CityWorkspace workspace : workspaces) {
			if (workspace.has(Role.CITY_ADMIN)) {
				views.of(workspace.cityId())
					.stream()
					.filter(PairingView::waiting)
					.forEach(p -> items.add(WaitingItem.inCity(workspace, "workspace.waiting.pairing",
							MatchcentrumController.base(workspace) + "/pairings/" + p.id(), null, p.otherName())));
			}
		}
		return items;
	}

}

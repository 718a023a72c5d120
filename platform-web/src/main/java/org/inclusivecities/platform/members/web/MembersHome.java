package org.inclusivecities.platform.members.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.stereotype.Component;

/** Members and invitations on a city's workspace home: how many members, which invitations are still open. */
@Component
class MembersHome implements WorkspaceSection {

	private final CityMembers members;

	private final Clock clock;

	MembersHome(CityMembers members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Optional<HomeSection> contribute(CityWorkspace workspace) {
		String href = "/my/cities/" + workspace.slug() + "/members";
		List<HomeLine> lines = new ArrayList<>();
		lines.add(HomeLine.info("workspace.members.count", href, members.members(workspace.cityId()).size()));
		if (workspace.has(Role.CITY_ADMIN)) {
			long open = members.invitations(workspace.cityId()).stream().filter(i -> i.isOpen(clock.instant())).count();
			lines.add(HomeLine.info("workspace.members.invitations", href, open));
		}
		return Optional.of(new HomeSection("members", "people.workspace.members", href, lines));
	}

}

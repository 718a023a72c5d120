package org.inclusivecities.platform.meetings.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.meetings.NetworkMeetings;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.SecretariatSection;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.stereotype.Component;

/**
 * Network meetings on the homes of those who organise them: the secretariat's home and, for its admins, a city's
 * workspace; each says how many of its meetings are coming up and leads to announcing one.
 */
@Component
class MeetingsHome implements SecretariatSection, WorkspaceSection {

	private final NetworkMeetings meetings;

	private final Clock clock;

	MeetingsHome(NetworkMeetings meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public HomeSection contribute() {
		return section(null, SecretariatMeetingsController.BASE);
	}

	@Override
	public Optional<HomeSection> contribute(CityWorkspace workspace) {
		if (!workspace.has(Role.CITY_ADMIN)) {
			return Optional.empty();
		}
		return Optional.of(section(workspace.cityId(), CityMeetingsController.base(workspace)));
	}

	private HomeSection section(String cityId, String base) {
		long upcoming = meetings.of(cityId)
			.stream()
			.filter(e -> !e.isCancelled() && e.getEndsAt().isAfter(clock.instant()))
			.count();
		return new HomeSection("meetings", "meetings.home.title", base,
				List.of(HomeLine.info("meetings.home.upcoming", base, upcoming),
						HomeLine.info("meetings.home.announce", base + "/new")));
	}

}

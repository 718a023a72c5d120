package org.inclusivecities.platform.accreditation.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.stereotype.Component;

/**
 * Reviewers on a city's workspace home: for its admins, the city's nominations in the reviewer pool; for its
 * reviewers, their reviews and their own conflicts of interest.
 */
@Component
class PoolHome implements WorkspaceSection {

	private final ReviewerPoolService pool;

	PoolHome(ReviewerPoolService pool) {
		this.pool = pool;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public Optional<HomeSection> contribute(CityWorkspace workspace) {
		List<HomeLine> lines = new ArrayList<>();
		String href = "/my/cities/" + workspace.slug() + "/reviewers";
		if (workspace.has(Role.CITY_ADMIN)) {
			long active = pool.nominationsOf(workspace.cityId()).stream().filter(ReviewerNomination::isActive).count();
			lines.add(HomeLine.info("workspace.reviewers.nominated", href, active));
		}
		if (workspace.has(Role.REVIEWER)) {
			lines.add(HomeLine.info("people.my.reviews.link", "/my/reviews"));
			lines.add(HomeLine.info("pool.workspace.conflicts", "/my/reviewer/conflicts"));
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new HomeSection("reviewers", "pool.workspace.reviewers",
				workspace.has(Role.CITY_ADMIN) ? href : "/my/reviews", lines));
	}

}

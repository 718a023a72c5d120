package org.inclusivecities.platform.accreditation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationEligibility;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.ReviewViews.CityView;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Accreditation on a city's workspace home: where the city's request stands, or what to do next (meet the charter,
 * then ask); a city admin of an eligible city that has not asked yet finds the request on their waiting list, and
 * after a "not yet" the resubmission, due by the improvement plan's first date.
 */
@Component
class AccreditationHome implements WorkspaceSection, WaitingItems {

	private final AccreditationService accreditation;

	private final AccreditationEligibility eligibility;

	AccreditationHome(AccreditationService accreditation, AccreditationEligibility eligibility) {
		this.accreditation = accreditation;
		this.eligibility = eligibility;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<HomeSection> contribute(CityWorkspace workspace) {
		String href = "/my/cities/" + workspace.slug() + "/accreditation";
		List<HomeLine> lines = new ArrayList<>();
		Optional<CityView> latest = latest(workspace);
		latest.ifPresent(request -> lines.add(HomeLine.info("workspace.accreditation.status", href,
				new DefaultMessageSourceResolvable("review.status." + request.status()))));
		if (latest.filter(AccreditationHome::accredited).isPresent()) {
			lines.add(HomeLine.info("workspace.accreditation.accredited", href));
		}
		else if (latest.filter(r -> r.status().open()).isEmpty()) {
			int missing = eligibility.missingItems(workspace.cityId()).size();
			if (missing > 0) {
				lines.add(HomeLine.info("workspace.accreditation.notEligible", "/my/cities/" + workspace.slug() + "/plan",
						missing));
			}
			else if (workspace.has(Role.CITY_ADMIN)) {
				lines.add(HomeLine.action("workspace.accreditation.request", href));
			}
			else {
				lines.add(HomeLine.info("workspace.accreditation.eligible", href));
			}
		}
		return Optional.of(new HomeSection("accreditation", "workspace.accreditation.title", href, lines));
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		return workspaces.stream()
			.filter(w -> w.has(Role.CITY_ADMIN))
			.filter(w -> latest(w).filter(r -> r.status().open() || accredited(r)).isEmpty())
			.filter(w -> eligibility.missingItems(w.cityId()).isEmpty())
			.map(w -> latest(w).filter(CityView::notYet)
				.map(r -> WaitingItem.inCity(w, "workspace.waiting.resubmit", "/my/cities/" + w.slug() + "/accreditation",
						r.decision().improveBy().orElse(null)))
				.orElseGet(() -> WaitingItem.inCity(w, "workspace.waiting.accreditation",
						"/my/cities/" + w.slug() + "/accreditation", null)))
			.toList();
	}

	private Optional<CityView> latest(CityWorkspace workspace) {
		// newest first: an open request is always the newest (a city has at most one)
		return accreditation.ownRequests(workspace.cityId()).stream().findFirst();
	}

	private static boolean accredited(CityView request) {
		return request.decision() != null && request.decision().accredits();
	}

}

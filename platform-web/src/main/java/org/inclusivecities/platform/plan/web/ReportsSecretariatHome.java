package org.inclusivecities.platform.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.plan.monitoring.ReportOverview;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.SecretariatSection;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reporting cycle on the secretariat's home (how many reports wait for its review, the overview) and on each
 * network admin's "waiting for you" list: every submitted report, linked straight to its review.
 */
@Configuration(proxyBeanMethods = false)
class ReportsSecretariatHome implements WaitingItems {

	static final String OVERVIEW = "/admin/reports";

	private final ReportOverview overview;

	ReportsSecretariatHome(ReportOverview overview) {
		this.overview = overview;
	}

	@Bean
	SecretariatSection reportsSection() {
		return SecretariatSection.of(25, () -> {
			List<ReportOverview.Awaiting> awaiting = overview.awaitingReview();
			List<HomeLine> lines = new ArrayList<>();
			lines.add(awaiting.isEmpty() ? HomeLine.info("monitoring.admin.home.none", OVERVIEW + "?state=SUBMITTED")
					: HomeLine.action("monitoring.admin.home.waiting",
							OVERVIEW + "?year=" + awaiting.getFirst().year() + "&state=SUBMITTED", awaiting.size()));
			lines.add(HomeLine.info("monitoring.admin.home.overview", OVERVIEW));
			return new HomeSection("reports", "monitoring.admin.home.title", OVERVIEW, lines);
		});
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		if (!person.isNetworkAdmin()) {
			return List.of();
		}
		return overview.awaitingReview()
			.stream()
			.map(a -> WaitingItem.elsewhere(SECRETARIAT, "monitoring.admin.waiting",
					OVERVIEW + "/" + a.slug() + "/" + a.year(), null, a.cityName(), String.valueOf(a.year())))
			.toList();
	}

}

package org.inclusivecities.platform.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.Adoption;
import org.inclusivecities.platform.practice.PracticeAdoption;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.inclusivecities.platform.practice.RevisionStatus;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.SecretariatSection;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The library's part of the homes: on a city's workspace its practices by moderation state (each returned one linked,
 * it waits for the city's editors); on the secretariat's home the practices awaiting moderation.
 */
@Component
class PracticeHome implements WorkspaceSection, SecretariatSection, WaitingItems {

	private final PracticeEditing editing;

	private final PracticeModeration moderation;

	private final PracticeAdoption adoptions;

	private final PublishedPractices published;

	PracticeHome(PracticeEditing editing, PracticeModeration moderation, PracticeAdoption adoptions,
			PublishedPractices published) {
		this.editing = editing;
		this.moderation = moderation;
		this.adoptions = adoptions;
		this.published = published;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<HomeSection> contribute(CityWorkspace workspace) {
		String base = "/my/cities/" + workspace.slug() + "/practices";
		List<Practice> practices = editing.list(workspace.cityId());
		List<HomeLine> lines = new ArrayList<>();
		if (workspace.canEditPlan()) {
			returned(practices).forEach(p -> lines.add(HomeLine.action("workspace.practices.returned", base + "/" + p.getId(),
					p.working().content().title())));
		}
		Map<RevisionStatus, Long> byStatus = practices.stream()
			.collect(Collectors.groupingBy(p -> p.working().status(), TreeMap::new, Collectors.counting()));
		byStatus.forEach((status, count) -> lines.add(HomeLine.info("workspace.practices.status", base, count,
				new DefaultMessageSourceResolvable("practice.status." + status))));
		if (practices.isEmpty()) {
			lines.add(workspace.canEditPlan() ? HomeLine.action("workspace.practices.none.edit", base + "/new")
					: HomeLine.info("workspace.practices.none", base));
		}
		return Optional.of(new HomeSection("practices", "practice.workspace.title", base, lines));
	}

	@Override
	public HomeSection contribute() {
		int waiting = moderation.waiting().size();
		return new HomeSection("practices", "workspace.secretariat.practices", "/admin/practices",
				List.of(waiting > 0 ? HomeLine.action("workspace.secretariat.practices.waiting", "/admin/practices", waiting)
						: HomeLine.info("workspace.secretariat.practices.none", "/admin/practices")));
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		List<WaitingItem> items = new ArrayList<>();
		for (CityWorkspace workspace : workspaces) {
			if (workspace.canEditPlan()) {
				returned(editing.list(workspace.cityId())).forEach(p -> items.add(WaitingItem.inCity(workspace,
						"workspace.waiting.practice", "/my/cities/" + workspace.slug() + "/practices/" + p.getId(), null,
						p.working().content().title())));
				reportsDue(workspace, items);
			}
		}
		if (person.isNetworkAdmin()) {
			int waiting = moderation.waiting().size();
			if (waiting > 0) {
				items.add(WaitingItem.elsewhere(SECRETARIAT, "workspace.secretariat.practices.waiting", "/admin/practices",
						null, waiting));
			}
		}
		return items;
	}

	/** Each active adoption of a practice still in the library whose city is due to report back what came of it. */
	private void reportsDue(CityWorkspace workspace, List<WaitingItem> items) {
		for (Adoption adoption : adoptions.awaitingReport(workspace.cityId())) {
			published.find(adoption.getPracticeId()).ifPresent(p -> items.add(WaitingItem.inCity(workspace,
					"workspace.waiting.adoption",
					"/my/cities/" + workspace.slug() + "/practices/adopted/" + adoption.getPracticeId(),
					adoption.reportDue(PracticeAdoption.REPORT_EVERY), p.content().title())));
		}
	}

	private static List<Practice> returned(List<Practice> practices) {
		return practices.stream().filter(p -> p.working().status() == RevisionStatus.RETURNED).toList();
	}

}

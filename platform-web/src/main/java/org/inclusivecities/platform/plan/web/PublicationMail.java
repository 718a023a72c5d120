package org.inclusivecities.platform.plan.web;

import java.util.HashMap;
import java.util.Map;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.PublicationProposal;
import org.inclusivecities.platform.plan.PublishedPlan;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The mails of a proposal to publish the plan, through the outbox: to every city admin when a council member
 * proposes (with a link straight to the plan's publish section), and to the proposer when an admin declines (with
 * the reason); and, once the plan is published, to the city's admins and council members.
 */
@Component
class PublicationMail {

	static final String PROPOSED = "plan-publication-proposed";

	static final String DECLINED = "plan-publication-declined";

	static final String PUBLISHED = "plan-published";

	private final Mailer mailer;

	private final People people;

	PublicationMail(Mailer mailer, People people) {
		this.mailer = mailer;
		this.people = people;
	}

	void proposed(CityWorkspace workspace, PublicationProposal proposal) {
		for (Person admin : people.findAllByCityId(workspace.cityId(), Pageable.unpaged())) {
			if (admin.hasRole(workspace.cityId(), Role.CITY_ADMIN) && !admin.getId().equals(proposal.personId())) {
				mailer.send(admin.getEmail(), admin.getLanguage().locale(), PROPOSED, model(workspace, proposal, ""));
			}
		}
	}

	void declined(CityWorkspace workspace, PublicationProposal proposal, String reason) {
		people.findByCityIdAndId(workspace.cityId(), proposal.personId())
			.ifPresent(proposer -> mailer.send(proposer.getEmail(), proposer.getLanguage().locale(), DECLINED,
					model(workspace, proposal, reason)));
	}

	/** To the city's admins and council members, but the one who published: the plan is public now, as vN. */
	void published(CityWorkspace workspace, PublishedPlan version) {
		Map<String, Object> model = new HashMap<>();
		model.put("cityName", workspace.city().getName());
		model.put("label", version.getLabel());
		model.put("profilePath", "/cities/" + workspace.slug());
		model.put("subjectArgs", new Object[] { workspace.city().getName(), version.getLabel() });
		for (Person member : people.findAllByCityId(workspace.cityId(), Pageable.unpaged())) {
			boolean council = member.hasRole(workspace.cityId(), Role.CITY_ADMIN)
					|| member.hasRole(workspace.cityId(), Role.COUNCIL_MEMBER);
			if (council && !member.getId().equals(version.getPublishedById())) {
				mailer.send(member.getEmail(), member.getLanguage().locale(), PUBLISHED, model);
			}
		}
	}

	private static Map<String, Object> model(CityWorkspace workspace, PublicationProposal proposal, String reason) {
		Map<String, Object> model = new HashMap<>();
		model.put("cityName", workspace.city().getName());
		model.put("proposer", proposal.displayName());
		model.put("planPath", PlanWeb.base(workspace) + "#publish");
		model.put("reason", reason);
		model.put("subjectArgs", new Object[] { workspace.city().getName() });
		return model;
	}

}

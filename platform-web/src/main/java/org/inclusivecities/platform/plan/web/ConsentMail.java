package org.inclusivecities.platform.plan.web;

import java.util.Map;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.stereotype.Component;

/**
 * Asks a council member linked to their own account to choose whether they are named, through the outbox, with a
 * link straight to their consent page; it also waits in their "waiting for me" list until they choose.
 */
@Component
class ConsentMail {

	static final String ASKED = "council-consent-asked";

	private final Mailer mailer;

	private final People people;

	ConsentMail(Mailer mailer, People people) {
		this.mailer = mailer;
		this.people = people;
	}

	void ask(CityWorkspace workspace, CouncilMember member) {
		if (member.personId() == null || member.personId().equals(workspace.person().getId())) {
			return;
		}
		people.findByCityIdAndId(workspace.cityId(), member.personId())
			.ifPresent(person -> mailer.send(person.getEmail(), person.getLanguage().locale(), ASKED,
					Map.of("cityName", workspace.city().getName(), "consentPath",
							CouncilConsentController.path(workspace, member.id()), "subjectArgs",
							new Object[] { workspace.city().getName() })));
	}

}

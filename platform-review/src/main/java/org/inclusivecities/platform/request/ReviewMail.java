package org.inclusivecities.platform.request;

import java.util.Map;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Names the mails of the review workflow and finds their recipients (in their own language). Templates are
 * rendered by the web module: review-invitation, accreditation-decision, accreditation-renewal-reminder.
 */
@Component
class ReviewMail {

	static final String INVITATION = "review-invitation";

	static final String DECISION = "accreditation-decision";

	static final String RENEWAL_REMINDER = "accreditation-renewal-reminder";

	private final Mailer mailer;

	private final People people;

	ReviewMail(Mailer mailer, People people) {
		this.mailer = mailer;
		this.people = people;
	}

	void toPerson(String personId, String template, Map<String, Object> model) {
		people.findById(personId)
			.ifPresent(p -> mailer.send(p.getEmail(), p.getLanguage().locale(), template, model));
	}

	/** To every city admin of the city. */
	void toCity(String cityId, String template, Map<String, Object> model) {
		for (Person p : people.findAllByCityId(cityId, PageRequest.of(0, 200))) {
			if (p.hasRole(cityId, Role.CITY_ADMIN)) {
				mailer.send(p.getEmail(), p.getLanguage().locale(), template, model);
			}
		}
	}

}

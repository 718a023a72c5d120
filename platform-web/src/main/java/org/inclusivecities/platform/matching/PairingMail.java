package org.inclusivecities.platform.matching;

import java.util.HashMap;
import java.util.Map;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The mails of a pairing, through the outbox in each recipient's language: to every admin of the asked city when
 * asked (with a link to the pairing in their workspace), to the person who asked when it is answered.
 */
@Component
class PairingMail {

	static final String ASKED = "pairing-asked";

	static final String ANSWERED = "pairing-answered";

	static final String MESSAGE = "pairing-message";

	private final Mailer mailer;

	private final People people;

	PairingMail(Mailer mailer, People people) {
		this.mailer = mailer;
		this.people = people;
	}

	void asked(Pairing pairing, City asking, City asked) {
		for (Person admin : people.findAllByCityId(asked.getId(), Pageable.unpaged())) {
			if (admin.hasRole(asked.getId(), Role.CITY_ADMIN)) {
				Map<String, Object> model = model(pairing, asking, asked);
				model.put("subjectArgs", new Object[] { asking.getName() });
				mailer.send(admin.getEmail(), admin.getLanguage().locale(), ASKED, model);
			}
		}
	}

	void answered(Pairing pairing, City asking, City asked) {
		people.findByCityIdAndId(asking.getId(), pairing.getAskedByPersonId()).ifPresent(person -> {
			Map<String, Object> model = model(pairing, asking, asking);
			model.put("askedName", asked.getName());
			model.put("subjectArgs", new Object[] { asked.getName(),
					new DefaultMessageSourceResolvable("matching.status." + pairing.getStatus()) });
			mailer.send(person.getEmail(), person.getLanguage().locale(), ANSWERED, model);
		});
	}

	/** A message of the thread, to the other city's admins and council members. */
	void message(Pairing pairing, City from, City to, String author, String text) {
		for (Person person : people.findAllByCityId(to.getId(), Pageable.unpaged())) {
			if (person.hasRole(to.getId(), Role.CITY_ADMIN) || person.hasRole(to.getId(), Role.COUNCIL_MEMBER)) {
				Map<String, Object> model = model(pairing, from, to);
				model.put("author", author);
				model.put("fromName", from.getName());
				model.put("text", text);
				model.put("subjectArgs", new Object[] { from.getName() });
				mailer.send(person.getEmail(), person.getLanguage().locale(), MESSAGE, model);
			}
		}
	}

	/** The pairing's page in {@code workspaceCity}'s workspace. */
	private static Map<String, Object> model(Pairing pairing, City asking, City workspaceCity) {
		Map<String, Object> model = new HashMap<>();
		model.put("askingName", asking.getName());
		model.put("askedBy", pairing.getAskedByName());
		model.put("wish", pairing.getWish());
		model.put("accepted", pairing.getStatus() == PairingStatus.ACCEPTED);
		model.put("reason", pairing.getDeclineReason());
		model.put("mentor", pairing.isMentor(asking.getId()));
		model.put("pairingPath", "/my/cities/" + workspaceCity.getSlug() + "/matchcentrum/pairings/" + pairing.getId());
		return model;
	}

}

package org.inclusivecities.platform.request;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.RequestErrors.SecretariatOnly;

import org.springframework.stereotype.Component;

/** Checks that an actor belongs to the secretariat (network admins). */
@Component
class Secretariat {

	private final People people;

	Secretariat(People people) {
		this.people = people;
	}

	void require(String actorId) {
		if (actorId == null || !people.findById(actorId).map(Person::isNetworkAdmin).orElse(false)) {
			throw new SecretariatOnly();
		}
	}

}

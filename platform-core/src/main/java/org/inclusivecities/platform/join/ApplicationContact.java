package org.inclusivecities.platform.join;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Person;

/** The person who applies on behalf of a city and hears about the decision. */
public record ApplicationContact(String name, String email, Language language) {

	String normalisedEmail() {
		return Person.normalise(email);
	}

}

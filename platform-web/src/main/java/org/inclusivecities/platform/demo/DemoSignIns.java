package org.inclusivecities.platform.demo;

import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.operations.ReadyNotice;
import org.inclusivecities.platform.people.People;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins, in the banner printed once the platform is ready, when the demo network is in the
 * database. They are fake accounts with a public password; no other account's password is ever printed.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data")
class DemoSignIns implements ReadyNotice {

	private final People people;

	DemoSignIns(People people) {
		this.people = people;
	}

	@Override
	public List<String> lines() {
		if (!people.existsByEmail(DemoNetwork.SECRETARIAT)) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add("Demo sign-ins (fake accounts; the password of each: " + DemoData.PASSWORD + "):");
		lines.add(String.format("  %-45s %s", DemoNetwork.SECRETARIAT, "secretariat (network admin)"));
		for (DemoNetwork.DemoPerson person : DemoNetwork.PEOPLE) {
			lines.add(String.format("  %-45s %s in %s", person.email(), List.of(person.roles()), person.city()));
		}
		return lines;
	}

}

package org.inclusivecities.platform.matching;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Baseline;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Seeds listed cities with published plans and practices through the services, each run with unique names. */
public final class MatchingNetwork {

	private final Cities cities;

	private final People people;

	private final ActionPlanService plans;

	private final PlanPublisher publisher;

	private final PracticeEditing editing;

	private final PracticeModeration moderation;

	private final PasswordEncoder encoder;

	public final String run = UUID.randomUUID().toString().substring(0, 6);

	public MatchingNetwork(Cities cities, People people, ActionPlanService plans, PlanPublisher publisher,
			PracticeEditing editing, PracticeModeration moderation, PasswordEncoder encoder) {
		this.cities = cities;
		this.people = people;
		this.plans = plans;
		this.publisher = publisher;
		this.editing = editing;
		this.moderation = moderation;
		this.encoder = encoder;
	}

	/** A listed city named {@code name} plus this run's suffix. */
	public City city(String name, String country, long population) {
		City city = City.apply(new CityProfile(name + " " + run, country, null, population, List.of("nl"), null, null),
				Instant.now());
		city.moveTo(CityStatus.MEMBER, Instant.now(), null, null);
		return cities.save(city);
	}

	/** Publishes a plan whose baseline has a gap in each of {@code gaps}. */
	public void publishGaps(City city, Sector... gaps) {
		Baseline baseline = Baseline.EMPTY;
		for (Sector gap : gaps) {
			baseline = baseline.with(new Practice(gap, null, "Nothing yet for people in recovery"));
		}
		Editor editor = new Editor("seed", "Seed");
		plans.save(city.getId(), PlanPart.BASELINE, plans.draft(city.getId()).baseline().version(), baseline, editor);
		publisher.publish(city.getId(), editor);
	}

	/** A practice naming these sectors; published when {@code publish}, else left waiting for moderation. */
	public String practice(City city, String title, String text, boolean publish, Sector... sectors) {
		PracticeContent content = new PracticeContent(title, "Summary: " + text, "", text, "", "", "", "", "",
				Set.of(ActivityType.OTHER), Set.of(), EnumSet.copyOf(List.of(sectors)), List.of(), List.of("en"),
				List.of());
		String id = editing.create(city.getId(), content, "seed").getId();
		editing.submit(city.getId(), id);
		if (publish) {
			moderation.publish(id, "seed-admin");
		}
		return id;
	}

	public Person person(String name, City city, Role role, String password) {
		Person person = Person.create(name.toLowerCase() + "-" + run + "@example.org", name, Language.EN,
				Instant.now());
		person.changePassword(encoder.encode(password));
		person.grant(city.getId(), Set.of(role), Instant.now(), "test");
		return people.save(person);
	}

}

package org.inclusivecities.platform.demo;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.inclusivecities.platform.join.ApplicationContact;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.join.NetworkApplications;
import org.inclusivecities.platform.city.Slugs;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With {@code platform.demo-data=true}, fills an empty database (no cities) once with a demo network:
 * 13 member cities in 8 countries, 3 pending applications and people in every role ({@link DemoSignIns} prints
 * their sign-ins once the platform is ready). A database with cities is left alone, so restarts never seed
 * twice. The accounts are fake.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** The password of every demo account: public on purpose, these are demo accounts. */
	static final String PASSWORD = "recovery-together-demo";

	private final Cities cities;

	private final People people;

	private final NetworkApplications applications;

	private final PasswordEncoder encoder;

	private final DemoPlans plans;

	private final DemoPractices practices;

	private final ReviewerPoolService pool;

	private final DemoMeetings meetings;

	private final LockProvider locks;

	private final Clock clock;

	DemoData(Cities cities, People people, NetworkApplications applications, PasswordEncoder encoder, DemoPlans plans,
			DemoPractices practices, ReviewerPoolService pool, DemoMeetings meetings, LockProvider locks, Clock clock) {
		this.meetings = meetings;
		this.locks = locks;
		this.cities = cities;
		this.people = people;
		this.applications = applications;
		this.encoder = encoder;
		this.plans = plans;
		this.practices = practices;
		this.pool = pool;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// two instances starting together on an empty database: only the one holding the lock seeds
		java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
		new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) () -> {
			ran.set(true);
			seedWhenEmpty();
		}, new LockConfiguration(clock.instant(), "demo-data", Duration.ofMinutes(10), Duration.ZERO));
		if (!ran.get()) {
			log.info("Demo data: another instance is seeding, nothing seeded here");
		}
	}

	private void seedWhenEmpty() {
		if (cities.count() == 0) {
			seed();
		}
		else {
			log.info("Demo data: the database already has cities, nothing seeded");
		}
	}

	void seed() {
		Instant now = clock.instant();
		Person secretariat = Person.create(DemoNetwork.SECRETARIAT, "Charlotte (secretariat)", Language.EN, now);
		secretariat.makeNetworkAdmin();
		secretariat.changePassword(encoder.encode(PASSWORD));
		secretariat = people.save(secretariat);
		Map<String, String> cityIds = new HashMap<>();
		for (DemoNetwork.DemoCity demo : DemoNetwork.MEMBERS) {
			City city = City.apply(demo.profile(), now);
			city.moveTo(CityStatus.MEMBER, now, secretariat.getId(), null);
			city = cities.save(city);
			cityIds.put(Slugs.slugify(demo.name()), city.getId());
		}
		Map<String, Editor> admins = new HashMap<>();
		for (DemoNetwork.DemoPerson demo : DemoNetwork.PEOPLE) {
			Language language = demo.email().contains("gent") || demo.email().contains("utrecht") ? Language.NL
					: Language.EN;
			Person person = Person.create(demo.email(), demo.name(), language, now);
			person.changePassword(encoder.encode(PASSWORD));
			String cityId = cityIds.get(demo.city());
			person.grant(cityId, EnumSet.copyOf(List.of(demo.roles())), now, secretariat.getId());
			person = people.save(person);
			if (person.hasRole(cityId, Role.CITY_ADMIN)) {
				admins.putIfAbsent(demo.city(), new Editor(person.getId(), person.getDisplayName()));
			}
			if (person.hasRole(cityId, Role.REVIEWER)) {
				pool.nominate(cityId, person.getId(), new ReviewerProfile(languagesOf(demo.city()),
						Set.of("recovery-walk", "recovery-cafe", "employment"), 2), secretariat.getId());
			}
		}
		plans.seed(cityIds, admins);
		Map<String, String> adminIds = new HashMap<>();
		admins.forEach((slug, editor) -> adminIds.put(slug, editor.personId()));
		practices.seed(cityIds, adminIds, secretariat.getId());
		meetings.seed(cityIds);
		LocalDate decision = LocalDate.now(clock).minusMonths(1);
		for (DemoNetwork.DemoCity demo : DemoNetwork.APPLICANTS) {
			String slug = Slugs.slugify(demo.name());
			applications.apply(demo.profile(),
					new ApplicationContact("Contact " + demo.name(), "contact." + slug + DemoNetwork.DOMAIN,
							"BE".equals(demo.country()) ? Language.NL : Language.EN),
					charter(demo.name()), "charter-" + slug + ".pdf", decision);
		}
		log.info("Demo data: seeded {} member cities ({} with a published plan), {} practices, {} pending applications "
				+ "and {} people", DemoNetwork.MEMBERS.size(), DemoPlans.PLANS.size(), DemoPractices.PRACTICES.size(),
				DemoNetwork.APPLICANTS.size(), DemoNetwork.PEOPLE.size() + 1);
	}

	private static Set<String> languagesOf(String slug) {
		return DemoNetwork.MEMBERS.stream()
			.filter(city -> Slugs.slugify(city.name()).equals(slug))
			.findFirst()
			.map(city -> Set.copyOf(city.languages()))
			.orElseThrow();
	}

	/** A one-page PDF standing in for a signed charter. */
	static byte[] charter(String cityName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Commitment to the Inclusive Cities charter"));
		document.add(new Paragraph("The city council of " + cityName
				+ " commits to the participation, inclusion and full and equal citizenship of all its citizens, "
				+ "including people in recovery from addiction. (Demo document.)"));
		document.close();
		return out.toByteArray();
	}

}

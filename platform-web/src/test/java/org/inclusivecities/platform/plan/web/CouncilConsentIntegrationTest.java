package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.ConsentBasis;
import org.inclusivecities.platform.plan.CouncilConsent;
import org.inclusivecities.platform.plan.CouncilConsentScope;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.plan.CouncilConsents007;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublicPlans;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A council member's consent to be named is a record (who, when, scope, basis, recorded by whom), not a checkbox: it
 * is recorded with the member or later, by an editor or by the member themselves (asked by mail and in their
 * "waiting for me" list), and withdrawn by either, at once from every published version; nobody else, and no other
 * city, can change it; bad input loses nothing and writes nothing.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class CouncilConsentIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	PublicPlans publicPlans;

	@Autowired
	CouncilConsents consents;

	@Autowired
	Outbox outbox;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PlanFormat format;

	City city;

	Person admin;

	String base;

	@BeforeEach
	void city() {
		city = member("Consentville " + System.nanoTime());
		admin = person("admin-" + city.getSlug() + "@example.org", "Alex Admin", city, Role.CITY_ADMIN);
		base = "/my/cities/" + city.getSlug() + "/plan/council";
	}

	@Test
	void aConsentIsRecordedWithTheMemberAndShownWithItsRecord() throws Exception {
		mvc.perform(post(base).with(as(admin)).with(csrf()).param("version", "0").param("name", "Noor Named")
			.param("organisation", "Herstelcafé").param("profile", "PERSON_IN_RECOVERY").param("consent", "PUBLIC")
			.param("basis", "IN_WRITING").param("givenOn", "2026-11-20")).andExpect(status().is3xxRedirection());

		CouncilMember noor = only(plans.council(city.getId()).members());
		CouncilConsent consent = consents.now(city.getId()).of(noor.id()).orElseThrow();
		assertThat(consent).extracting(CouncilConsent::givenBy, CouncilConsent::scope, CouncilConsent::basis,
				CouncilConsent::givenOn, CouncilConsent::recordedById, CouncilConsent::recordedByName)
			.containsExactly("Noor Named", CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING,
					LocalDate.of(2026, 11, 20), admin.getId(), "Alex Admin");
		assertThat(consent.recordedAt()).isNotNull();
		String day = format.date(LocalDate.of(2026, 11, 20));
		mvc.perform(get(base).with(as(admin)))
			.andExpect(content().string(allOf(containsString("Public, given on " + day),
					containsString("href=\"" + base + "/" + noor.id() + "/consent\""))));
		mvc.perform(get(base + "/" + noor.id() + "/consent").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("By Noor Named on " + day + "; In writing"),
					containsString("By Alex Admin"), containsString("Withdraw consent"))));
	}

	@Test
	void anIncompleteOrImpossibleConsentIsRefusedByFieldAndNothingIsWritten() throws Exception {
		mvc.perform(post(base).with(as(admin)).with(csrf()).param("version", "0").param("name", "Half Written")
			.param("profile", "SCIENTIST").param("consent", "PUBLIC"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#basis\""), containsString("href=\"#givenOn\""),
					containsString("value=\"Half Written\""))));
		String tomorrow = LocalDate.now(clock).plusDays(2).toString();
		mvc.perform(post(base).with(as(admin)).with(csrf()).param("version", "0").param("name", "Half Written")
			.param("profile", "SCIENTIST").param("consent", "PUBLIC").param("basis", "IN_PERSON")
			.param("givenOn", tomorrow))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a date on or before today, from 2000 onwards")));
		mvc.perform(post(base).with(as(admin)).with(csrf()).param("version", "0").param("name", "Half Written")
			.param("profile", "SCIENTIST").param("consent", "EVERYWHERE").param("basis", "BY_THEMSELVES")
			.param("givenOn", "2026-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#consent\""), containsString("href=\"#basis\""))));

		assertThat(plans.council(city.getId()).members()).isEmpty();
		assertThat(consents.now(city.getId()).byMember()).isEmpty();
	}

	@Test
	void aMemberWithAnAccountIsAskedChoosesAndWithdrawsThemselvesEverywhereAtOnce() throws Exception {
		Person noor = person("noor-" + city.getSlug() + "@example.org", "Noor Self", city, Role.REVIEWER);
		mvc.perform(post(base).with(as(admin)).with(csrf()).param("version", "0").param("name", "Noor Self")
			.param("profile", "FAMILY_MEMBER").param("personId", noor.getId())).andExpect(status().is3xxRedirection());
		CouncilMember member = only(plans.council(city.getId()).members());
		String page = base + "/" + member.id() + "/consent";

		assertThat(mailTo(noor, ConsentMail.ASKED).getTextBody()).contains("lists you as a member of its council", page);
		String waiting = city.getName() + ": choose whether your name is shown with the city&#39;s council";
		mvc.perform(get("/my").with(as(noor)))
			.andExpect(content().string(allOf(containsString(waiting), containsString("href=\"" + page + "\""))));
		mvc.perform(get("/my").with(as(admin))).andExpect(content().string(not(containsString(waiting))));

		// the member chooses for themselves: no basis or date to give, recorded as given by themselves, today
		mvc.perform(get(page).with(as(noor)))
			.andExpect(content().string(allOf(containsString("Choose for yourself"), not(containsString("name=\"basis\"")))));
		mvc.perform(post(page).with(as(noor)).with(csrf()).param("scope", "PUBLIC"))
			.andExpect(status().is3xxRedirection());
		CouncilConsent chosen = consents.now(city.getId()).of(member.id()).orElseThrow();
		assertThat(chosen.basis()).isEqualTo(ConsentBasis.BY_THEMSELVES);
		assertThat(chosen.recordedById()).isEqualTo(noor.getId());
		mvc.perform(get("/my").with(as(noor))).andExpect(content().string(not(containsString(waiting))));

		publisher.publish(city.getId(), new Editor(admin.getId(), "Alex Admin"));
		assertThat(publicNames()).containsExactly("Noor Self");
		mvc.perform(get("/cities/" + city.getSlug())).andExpect(content().string(containsString("Noor Self")));

		mvc.perform(post(page + "/withdraw").with(as(noor)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(publicNames()).containsOnlyNulls();
		mvc.perform(get("/cities/" + city.getSlug())).andExpect(content().string(not(containsString("Noor Self"))));
		mvc.perform(get("/api/v1/cities/" + city.getSlug() + "/plan"))
			.andExpect(content().string(not(containsString("Noor Self"))));
		assertThat(consents.history(city.getId(), member.id())).singleElement()
			.extracting(CouncilConsent::withdrawnById)
			.isEqualTo(noor.getId());

		// nothing left to withdraw: refused with the reason, nothing changed
		mvc.perform(post(page + "/withdraw").with(as(noor)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("There is no consent in force to withdraw.")));
	}

	@Test
	void nobodyElseInTheCityAndNoOtherCityCanChangeAConsent() throws Exception {
		CouncilMember member = CouncilMember.create("Guarded Name", null, CouncilProfile.SCIENTIST, null);
		plans.save(city.getId(), org.inclusivecities.platform.plan.PlanPart.COUNCIL, 0,
				new org.inclusivecities.platform.plan.Council(List.of(member)), new Editor(admin.getId(), "Alex"));
		consents.record(city.getId(), member.id(), CouncilConsentScope.PUBLIC, ConsentBasis.IN_PERSON,
				LocalDate.now(clock), new Editor(admin.getId(), "Alex"));
		String page = base + "/" + member.id() + "/consent";
		Person reviewer = person("rev-" + city.getSlug() + "@example.org", "Rae Reviewer", city, Role.REVIEWER);
		City other = member("Otherville " + System.nanoTime());
		Person foreign = person("admin-" + other.getSlug() + "@example.org", "Fay Foreign", other, Role.CITY_ADMIN);
		String foreignPage = "/my/cities/" + other.getSlug() + "/plan/council/" + member.id() + "/consent";

		mvc.perform(post(page + "/withdraw").with(as(reviewer)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(page).with(as(reviewer)).with(csrf()).param("scope", "NETWORK").param("basis", "IN_PERSON")
			.param("givenOn", "2026-01-01")).andExpect(status().isNotFound());
		mvc.perform(get(page).with(as(reviewer))).andExpect(content().string(not(containsString("Withdraw consent"))));
		mvc.perform(get(page).with(as(foreign))).andExpect(status().isNotFound());
		mvc.perform(post(page + "/withdraw").with(as(foreign)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(foreignPage).with(as(foreign))).andExpect(status().isNotFound());
		mvc.perform(post(foreignPage + "/withdraw").with(as(foreign)).with(csrf())).andExpect(status().isNotFound());

		assertThat(consents.history(city.getId(), member.id())).singleElement()
			.satisfies(c -> assertThat(c.isWithdrawn()).isFalse());
	}

	@Test
	void aFormerMemberStillNamedInAPublishedVersionCanStillWithdraw() throws Exception {
		CouncilMember leaving = CouncilMember.create("Lee Leaving", "Org", CouncilProfile.EMPLOYER, null);
		Editor editor = new Editor(admin.getId(), "Alex Admin");
		plans.save(city.getId(), org.inclusivecities.platform.plan.PlanPart.COUNCIL, 0,
				new org.inclusivecities.platform.plan.Council(List.of(leaving)), editor);
		consents.record(city.getId(), leaving.id(), CouncilConsentScope.PUBLIC, ConsentBasis.IN_WRITING,
				LocalDate.now(clock), editor);
		publisher.publish(city.getId(), editor);
		mvc.perform(post(base + "/remove").with(as(admin)).with(csrf()).param("version", "1").param("index", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(publicNames()).containsExactly("Lee Leaving");

		String page = base + "/" + leaving.id() + "/consent";
		mvc.perform(get(base).with(as(admin)))
			.andExpect(content().string(allOf(containsString("Former members still named"),
					containsString("href=\"" + page + "\""))));
		mvc.perform(get(page).with(as(admin)))
			.andExpect(content().string(allOf(containsString("Withdraw consent"),
					not(containsString("Record a new consent")))));
		mvc.perform(post(page).with(as(admin)).with(csrf()).param("scope", "PUBLIC").param("basis", "IN_WRITING")
			.param("givenOn", "2026-01-01")).andExpect(status().isNotFound());
		mvc.perform(post(page + "/withdraw").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(publicNames()).containsOnlyNulls();
		mvc.perform(get(base).with(as(admin))).andExpect(content().string(not(containsString("Former members still named"))));
	}

	@Test
	void theTickedBoxesOfBeforeBecomeConsentRecordsSoNoNameAppearsOrDisappearsByTheUpgrade() {
		City legacy = member("Legacyville " + System.nanoTime());
		Date saved = Date.from(Instant.parse("2025-03-01T10:00:00Z"));
		Document ticked = new Document(Map.of("name", "Tess Ticked", "organisation", "Org", "profile", "POLICY_MAKER",
				"namePublic", true));
		Document unticked = new Document(Map.of("name", "Uma Unticked", "profile", "PERSON_IN_RECOVERY",
				"namePublic", false));
		Document council = new Document("members", List.of(ticked, unticked));
		mongo.getCollection("action_plans").insertOne(new Document("cityId", legacy.getId()).append("council",
				new Document("content", council).append("version", 1L).append("changedAt", saved)));
		mongo.getCollection("published_plans").insertOne(new Document("cityId", legacy.getId()).append("number", 1)
			.append("publishedAt", saved)
			.append("snapshot", new Document("council", council)));

		new CouncilConsents007().recordTickedBoxes(mongo);

		String tess = CouncilMember.legacyId("Tess Ticked", "Org", "POLICY_MAKER");
		assertThat(consents.now(legacy.getId()).byMember()).containsOnlyKeys(tess);
		assertThat(consents.now(legacy.getId()).of(tess).orElseThrow())
			.extracting(CouncilConsent::basis, CouncilConsent::scope, CouncilConsent::givenOn)
			.containsExactly(ConsentBasis.BEFORE_RECORDS, CouncilConsentScope.PUBLIC, LocalDate.of(2025, 3, 1));
		assertThat(publicPlans.latest(legacy.getId()).orElseThrow().council()).extracting(PublicPlan.PublicMember::name)
			.containsExactlyInAnyOrder("Tess Ticked", null);
		assertThat(plans.council(legacy.getId()).members()).extracting(CouncilMember::id).contains(tess);
	}

	private List<String> publicNames() {
		return publicPlans.latest(city.getId()).orElseThrow().council().stream().map(PublicPlan.PublicMember::name).toList();
	}

	private static CouncilMember only(List<CouncilMember> members) {
		assertThat(members).hasSize(1);
		return members.getFirst();
	}

	private OutboxMail mailTo(Person person, String template) {
		List<OutboxMail> mails = outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.toList();
		assertThat(mails).as("%s to %s", template, person.getEmail()).hasSize(1);
		return mails.getFirst();
	}

	private City member(String name) {
		City applied = City.apply(new CityProfile(name, "BE", null, 50_000L, List.of("en"), null, null),
				Instant.parse("2024-01-01T00:00:00Z"));
		applied.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z"), "admin", null);
		return cities.save(applied);
	}

	private Person person(String email, String name, City city, Role role) {
		Person person = Person.create(email, name, Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(role), clock.instant(), "test");
		return people.save(person);
	}

	private static RequestPostProcessor as(Person person) {
		return SecurityMockMvcRequestPostProcessors.authentication(signedIn(person));
	}

}

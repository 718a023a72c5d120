package org.inclusivecities.platform.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityBadges;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public certificate page and PDF of a city accredited through the real review services: valid, then
 * expired, in English and Dutch, never naming reviewers; unknown codes are 404; the badge follows validity, and
 * the city's public profile shows it with its end date, linked to the certificate page, until it expires.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import({ AccreditationNetwork.Setup.class, AccreditationNetwork.Clock.class })
class CertificateIntegrationTest {

	static final Instant NOW = AccreditationNetwork.NOW;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccreditationService accreditation;

	@Autowired
	Decisions decisions;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	People people;

	@Autowired
	Cities cities;

	@Autowired
	List<CityBadges> badges;

	@Autowired
	MovableClock clock;

	@Test
	void certificateIsVerifiableUntilItExpiresAndNeverNamesTheReviewers() throws Exception {
		City city = City.apply(new CityProfile("Certiville", "BE", null, 50_000L, List.of("nl"), null, null), NOW);
		city.moveTo(CityStatus.MEMBER, NOW, "seed", "admitted");
		city = cities.save(city);
		Decision decision = accredit(city.getId());
		String code = decision.certificateCode();
		String until = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(decision.validUntil());
		String totNl = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")).format(decision.validUntil());

		String en = page("/accreditations/" + code, "en");
		assertThat(en).contains("Certiville", "Certiville is accredited until " + until, "Accredited with conditions", code,
				"/accreditations/" + code + "/certificate.pdf", "href=\"/cities/" + city.getSlug() + "\"");
		assertThat(en).doesNotContain("reviewer-", "rev-city-");
		HtmlChecker.assertValid(en, "certificate page in en");
		String nl = page("/accreditations/" + code.toLowerCase(Locale.ROOT), "nl");
		assertThat(nl).contains("Certiville is geaccrediteerd tot " + totNl, "Geaccrediteerd onder voorwaarden", "Geldig");
		HtmlChecker.assertValid(nl, "certificate page in nl");
		assertThat(accredited()).contains(city.getId());

		// the public profile: the badge with its validity, linking to the verification page, in both languages
		String profile = page("/cities/" + city.getSlug(), "en");
		assertThat(profile).as("the last milestone of the charter")
			.containsPattern("<span>Accredited</span>:\\s*<strong class=\"govuk-tag govuk-tag--green\">Reached");
		assertThat(profile).containsPattern("<a class=\"govuk-link\"\\s+href=\"/accreditations/" + code
				+ "\">Accredited until " + until + "</a>");
		HtmlChecker.assertValid(profile, "profile of an accredited city");
		assertThat(page("/cities/" + city.getSlug(), "nl")).contains(">Geaccrediteerd tot en met " + totNl + "</a>");

		// the city's own page: decision and certificate, blind (no reviewer names or cities)
		Person admin = people.findByEmail("cert-admin@cert.example").orElseThrow();
		String own = mvc.perform(get("/my/cities/" + city.getSlug() + "/accreditation").with(authentication(signedIn(admin))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(own).contains("Decided", "Accredited with conditions", "Meets the charter", "3 of 3",
				"/accreditations/" + code).doesNotContain("reviewer-", "rev-city-");
		HtmlChecker.assertValid(own, "city accreditation page");

		// a city whose plan is ready asks for accreditation through the form; the plan is frozen into the request
		City asking = cities.save(City.apply(new CityProfile("Askburg", "NL", null, 9_000L, List.of("nl"), null, null), NOW));
		Person askingAdmin = person("asking-admin", asking.getId(), Role.CITY_ADMIN);
		String askPage = "/my/cities/" + asking.getSlug() + "/accreditation";
		assertThat(mvc.perform(get(askPage).with(authentication(signedIn(askingAdmin))))
			.andReturn().getResponse().getContentAsString()).contains("name=\"reviewFrom\"");
		mvc.perform(post(askPage).with(authentication(signedIn(askingAdmin))).with(csrf())
			.param("reviewFrom", "2027-03-01")
			.param("reviewTo", "2027-03-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(accreditation.ownRequests(asking.getId())).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(org.inclusivecities.platform.request.RequestStatus.AWAITING_REVIEWERS));
		assertThat(mvc.perform(get(askPage).with(authentication(signedIn(askingAdmin))))
			.andReturn().getResponse().getContentAsString()).contains("Waiting for reviewers", "0 of 3")
			.doesNotContain("name=\"reviewFrom\"");

		byte[] pdf = mvc.perform(get("/accreditations/" + code + "/certificate.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		mvc.perform(get("/accreditations/AAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
		mvc.perform(get("/accreditations/short")).andExpect(status().isNotFound());
		mvc.perform(get("/accreditations/AAAAAAAAAAAAAAAAAAAA/certificate.pdf")).andExpect(status().isNotFound());

		clock.set(decision.validUntil().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		String expired = page("/accreditations/" + code, "en");
		assertThat(expired).contains("The accreditation of Certiville expired on " + until, "Expired")
			.doesNotContain("is accredited until");
		HtmlChecker.assertValid(expired, "expired certificate page");
		assertThat(page("/accreditations/" + code, "nl")).contains("is verlopen op " + totNl, "Verlopen");
		assertThat(accredited()).doesNotContain(city.getId());
		assertThat(page("/cities/" + city.getSlug(), "en")).as("an expired accreditation shows no badge")
			.doesNotContain("Accredited until", "/accreditations/" + code)
			.as("and its milestone is no longer reached, without any event: the day it ends is asked again")
			.containsPattern("<span>Accredited</span>:\\s*<strong class=\"govuk-tag govuk-tag--grey\">Not reached yet");
		clock.set(NOW);
	}

	private Set<String> accredited() {
		return badges.stream().filter(b -> b.key().equals("accredited")).findFirst().orElseThrow().cityIds();
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private Decision accredit(String cityId) {
		Person secretariat = network.secretariat("cert-secretariat@cert.example", "cert-secretariat", Language.EN, NOW);
		Person admin = person("cert-admin", cityId, Role.CITY_ADMIN);
		for (String city : List.of("rev-city-1", "rev-city-2", "rev-city-3")) {
			network.nominate(person("reviewer-" + city, city, Role.REVIEWER), city,
					new ReviewerProfile(Set.of("en"), Set.of(), 2));
		}
		String id = network.ask(cityId, admin, new PlanSnapshot(Map.of("mission", "Together"), 1, NOW), Set.of("en"),
				new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)));
		network.reviewEverySeat(network.routeAndConfirm(secretariat, id), AccreditationNetwork.scores(4, "Section "),
				Recommendation.ACCREDIT, "");
		return decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT_WITH_CONDITIONS, "Meets the charter",
				List.of(new Decision.Condition("Publish the baseline", LocalDate.of(2027, 9, 1))))
			.getDecision();
	}

	private Person person(String name, String cityId, Role role) {
		return network.person(name + "@cert.example", name, Language.EN, cityId, role, NOW, "seed");
	}

}

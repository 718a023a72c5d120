package org.inclusivecities.platform.accreditation;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.accreditation.CertificateFixture.Accredited;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.CityBadges;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state of a certificate in every public representation (page, SVG badge, JSON, and the profile's badge): valid,
 * suspended while the city's appeal is reviewed, replaced by the appeal's new decision (with the date and the current
 * certificate, or none when it did not accredit), expired, and an unknown code; reviewers and their cities nowhere.
 * Revocation and the PDF have their own classes.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import({ AccreditationNetwork.Setup.class, AccreditationNetwork.Clock.class })
class CertificateStatesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	Decisions decisions;

	@Autowired
	List<CityBadges> badges;

	@Autowired
	MovableClock clock;

	@AfterEach
	void clockBack() {
		clock.set(AccreditationNetwork.NOW);
	}

	@Test
	void throughAnAppealTheCertificateIsSuspendedThenReplacedAndTheBadgeAgreesAtEveryStep() throws Exception {
		CertificateFixture fixture = new CertificateFixture(network, decisions);
		Accredited a = fixture.accredit("Appealford");
		String first = a.code();

		// valid: page, badge, JSON and the profile's badge say so
		String page = page("/accreditations/" + first, "en");
		assertThat(page).contains("Appealford City is accredited until 4 January 2030", "Valid",
				"Decided on", "4 January 2027", "Publish the baseline (due by 1 September 2027)");
		HtmlChecker.assertValid(page, "valid certificate");
		assertThat(svg(first, "en")).contains("Accredited until 4 January 2030", "<title id=\"badge-title\">");
		json(first).andExpect(jsonPath("$.state").value("valid"))
			.andExpect(jsonPath("$.city.name").value("Appealford City"))
			.andExpect(jsonPath("$.city.slug").value(a.city().getSlug()))
			.andExpect(jsonPath("$.decisionDate").value("2027-01-04"))
			.andExpect(jsonPath("$.validUntil").value("2030-01-04"))
			.andExpect(jsonPath("$.conditionsCount").value(1));
		assertThat(profile(a)).contains("href=\"/accreditations/" + first + "\"", "Accredited until 4 January 2030");
		assertThat(accredited()).contains(a.city().getId());

		// the city appeals: suspended everywhere, the badge gone
		clock.set(AccreditationNetwork.NOW.plus(java.time.Duration.ofDays(10)));
		fixture.appeal(a, "The monitoring report was in the annex");
		String suspended = page("/accreditations/" + first, "en");
		assertThat(suspended).contains("Appealford City appealed this decision on 14 January 2027",
				"The certificate is suspended until the new decision", "Suspended during an appeal")
			.doesNotContain("is accredited until", "The monitoring report was in the annex");
		HtmlChecker.assertValid(suspended, "suspended certificate");
		assertThat(page("/accreditations/" + first, "nl")).contains("Geschorst tijdens een beroep",
				"heeft op 14 januari 2027 beroep aangetekend");
		assertThat(svg(first, "en")).contains("Suspended during an appeal").doesNotContain("Accredited until");
		assertThat(svg(first, "nl")).contains("Geschorst tijdens een beroep", "lang=\"nl\"");
		json(first).andExpect(jsonPath("$.state").value("suspended"))
			.andExpect(jsonPath("$.stateSince").value("2027-01-14"));
		assertThat(profile(a)).doesNotContain("/accreditations/" + first, "Accredited until");
		assertThat(accredited()).doesNotContain(a.city().getId());

		// the appeal's new decision: the first certificate is replaced, linking to the current one
		clock.set(AccreditationNetwork.NOW.plus(java.time.Duration.ofDays(40)));
		Decision again = fixture.decideAgain(a, Recommendation.ACCREDIT);
		String current = again.certificateCode();
		assertThat(current).isNotEqualTo(first);
		String replaced = page("/accreditations/" + first, "en");
		assertThat(replaced).contains("This certificate was replaced on 13 February 2027",
				"href=\"/accreditations/" + current + "\"", "View the current certificate", "Replaced");
		HtmlChecker.assertValid(replaced, "replaced certificate");
		assertThat(svg(first, "en")).contains("Replaced on 13 February 2027");
		json(first).andExpect(jsonPath("$.state").value("replaced"))
			.andExpect(jsonPath("$.stateSince").value("2027-02-13"))
			.andExpect(jsonPath("$.replacedBy").value(current));
		String now = page("/accreditations/" + current, "en");
		assertThat(now).contains("Appealford City is accredited until 13 February 2030",
				"href=\"/accreditations/" + first + "\"", "The earlier certificate " + first);
		json(current).andExpect(jsonPath("$.state").value("valid"))
			.andExpect(jsonPath("$.conditionsCount").value(0));
		assertThat(profile(a)).contains("href=\"/accreditations/" + current + "\"")
			.doesNotContain("/accreditations/" + first);
		assertThat(accredited()).contains(a.city().getId());

		// blind review: no reviewer, no reviewer's city, in any of them
		for (String code : List.of(first, current)) {
			assertBlind(a, page("/accreditations/" + code, "en"), "page of " + code);
			assertBlind(a, page("/accreditations/" + code, "nl"), "Dutch page of " + code);
			assertBlind(a, svg(code, "en"), "badge of " + code);
			assertBlind(a, json(code).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
					"JSON of " + code);
		}
		clock.set(AccreditationNetwork.NOW);
	}

	@Test
	void anAppealDecidedNotYetReplacesTheCertificateWithNoCurrentOne() throws Exception {
		CertificateFixture fixture = new CertificateFixture(network, decisions);
		Accredited a = fixture.accredit("Notyetham");
		fixture.appeal(a, "We want the conditions dropped");
		fixture.decideAgain(a, Recommendation.NOT_YET);
		String replaced = page("/accreditations/" + a.code(), "en");
		assertThat(replaced).contains("This certificate was replaced on 4 January 2027",
				"The new decision did not accredit Notyetham City: there is no current certificate.")
			.doesNotContain("View the current certificate");
		HtmlChecker.assertValid(replaced, "certificate replaced by a not yet");
		json(a.code()).andExpect(jsonPath("$.state").value("replaced"))
			.andExpect(jsonPath("$.replacedBy").doesNotExist());
		assertThat(svg(a.code(), "en")).contains("Replaced on 4 January 2027");
		assertThat(accredited()).doesNotContain(a.city().getId());
		assertThat(profile(a)).doesNotContain("/accreditations/" + a.code());
	}

	@Test
	void anExpiredCertificateSaysOnWhichDayItExpiredInEveryRepresentation() throws Exception {
		Accredited a = new CertificateFixture(network, decisions).accredit("Expirton");
		clock.set(a.decision().validUntil().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		try {
			assertThat(page("/accreditations/" + a.code(), "en"))
				.contains("The accreditation of Expirton City expired on 4 January 2030", "Expired");
			assertThat(svg(a.code(), "en")).contains("Expired on 4 January 2030");
			json(a.code()).andExpect(jsonPath("$.state").value("expired"))
				.andExpect(jsonPath("$.stateSince").value("2030-01-04"));
			assertThat(accredited()).doesNotContain(a.city().getId());
		}
		finally {
			clock.set(AccreditationNetwork.NOW);
		}
	}

	@Test
	void anUnknownCodeHasAPageOfItsOwnWithAFormAndA404InEveryRepresentation() throws Exception {
		String unknown = mvc.perform(get("/accreditations/AAAAAAAAAAAAAAAAAAAA").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unknown).contains("No such certificate", "AAAAAAAAAAAAAAAAAAAA", "name=\"code\"",
				"action=\"/accreditations\"").doesNotContain("Page not found");
		HtmlChecker.assertValid(unknown, "unknown certificate");
		assertThat(mvc.perform(get("/accreditations/short").header("Accept-Language", "nl"))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Dit certificaat bestaat niet");
		mvc.perform(get("/api/v1/accreditations/AAAAAAAAAAAAAAAAAAAA"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/accreditations/{code}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.components.schemas.CertificateVerification.properties.replacedBy").exists());
		mvc.perform(get("/accreditations/AAAAAAAAAAAAAAAAAAAA/badge.svg")).andExpect(status().isNotFound());
		mvc.perform(get("/accreditations/AAAAAAAAAAAAAAAAAAAA/certificate.pdf")).andExpect(status().isNotFound());

		// the form: blank is a field error, a code leads to its page
		String form = page("/accreditations", "en");
		assertThat(form).contains("Check a certificate", "name=\"code\"");
		HtmlChecker.assertValid(form, "check form");
		String blank = mvc.perform(get("/accreditations").param("code", " ").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(blank).contains("There is a problem", "href=\"#code\"", "Enter the verification code");
		HtmlChecker.assertValid(blank, "check form with an error");
		mvc.perform(get("/accreditations").param("code", " abcd "))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/accreditations/abcd"));
	}

	@Test
	void theBadgeAndTheVerificationAnswerAreCachedPubliclyAndTheBadgeIsAccessible() throws Exception {
		Accredited a = new CertificateFixture(network, decisions).accredit("Cacheby");
		mvc.perform(get("/accreditations/" + a.code() + "/badge.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("image/svg+xml")))
			.andExpect(header().string("Cache-Control", "max-age=300, public"));
		json(a.code()).andExpect(header().string("Cache-Control", "max-age=300, public"));
		String svg = svg(a.code(), "en");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("role=\"img\"", "aria-labelledby=\"badge-title\"",
					"<title id=\"badge-title\">Cacheby City: Accredited until 4 January 2030 (Inclusive Cities accreditation certificate)</title>");
		javax.xml.parsers.DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(svg(a.code(), "nl")).contains("Geaccrediteerd tot en met 4 januari 2030");
	}

	static void assertBlind(Accredited a, String text, String what) {
		for (Person reviewer : a.reviewers()) {
			assertThat(text).as(what).doesNotContain(reviewer.getDisplayName(), reviewer.getEmail(), reviewer.getId());
		}
		a.reviewerCities().forEach(c -> assertThat(text).as(what).doesNotContain(c.getName(), c.getId()));
		assertThat(text).as(what).doesNotContain(a.secretariat().getDisplayName());
	}

	private Set<String> accredited() {
		return badges.stream().filter(b -> b.key().equals("accredited")).findFirst().orElseThrow().cityIds();
	}

	private String profile(Accredited a) throws Exception {
		return page("/cities/" + a.city().getSlug(), "en");
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String svg(String code, String language) throws Exception {
		return mvc.perform(get("/accreditations/" + code + "/badge.svg").param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private ResultActions json(String code) throws Exception {
		return mvc.perform(get("/api/v1/accreditations/" + code.toLowerCase(java.util.Locale.ROOT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code));
	}

}

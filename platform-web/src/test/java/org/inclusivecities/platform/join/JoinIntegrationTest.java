package org.inclusivecities.platform.join;

import java.time.Clock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;


import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
@AutoConfigureMockMvc
class JoinIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theFormListsCountriesAndLanguagesInTheReadersLanguage() throws Exception {
		mvc.perform(get("/join").header("Accept-Language", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("België")))
			.andExpect(content().string(containsString("Nederlands")));
		mvc.perform(get("/join"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Belgium<")))
			.andExpect(content().string(containsString("name=\"charter\"")));
	}

	@Test
	void aValidApplicationStoresCityApplicationCharterAndMail() throws Exception {
		mvc.perform(valid("Gent", "BE"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/join/submitted"));
		var city = cities.findBySlug("gent").orElseThrow();
		assertThat(city.getStatus()).isEqualTo(CityStatus.APPLIED);
		assertThat(city.getCountry()).isEqualTo("BE");
		assertThat(city.getLanguages()).containsExactly("nl");
		assertThat(city.getCoordinates().latitude()).isEqualTo(51.05);
		var application = mongo.findOne(org.springframework.data.mongodb.core.query.Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("cityId").is(city.getId())),
				org.bson.Document.class, "cityApplications");
		assertThat(application.getString("cityId")).isEqualTo(city.getId());
		assertThat(application.getString("status")).isEqualTo("PENDING");
		assertThat(application.getString("contactEmail")).isEqualTo("an@gent.example");
		assertThat(application.getString("contactLanguage")).isEqualTo("NL");
		assertThat(mongo.getCollection("fs.files").countDocuments(new org.bson.Document("_id",
				new org.bson.types.ObjectId(application.getString("charterFileId"))))).isEqualTo(1);
		var mail = mongo.findOne(org.springframework.data.mongodb.core.query.Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("subject").regex("Gent")),
				org.bson.Document.class, "outbox");
		assertThat(mail.getString("recipient")).isEqualTo("an@gent.example");
		assertThat(mail.getString("subject")).isEqualTo("We hebben de kandidatuur van Gent ontvangen");
	}

	@Test
	void aTakenSlugGetsTheCountryCodeThenANumber() throws Exception {
		mvc.perform(valid("Valencia", "ES")).andExpect(status().isFound());
		mvc.perform(valid("Valencia", "VE")).andExpect(status().isFound());
		mvc.perform(valid("Valencia", "VE")).andExpect(status().isFound());
		assertThat(cities.existsBySlug("valencia")).isTrue();
		assertThat(cities.existsBySlug("valencia-ve")).isTrue();
		assertThat(cities.existsBySlug("valencia-ve-3")).isTrue();
	}

	@Test
	void anEmptyFormShowsEveryErrorLinkedFromTheSummaryAndStoresNothing() throws Exception {
		var before = counts();
		mvc.perform(multipart("/join").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Enter the name of the city")))
			.andExpect(content().string(containsString("href=\"#country\"")))
			.andExpect(content().string(containsString("Enter the population of the city")))
			.andExpect(content().string(containsString("Select at least one language")))
			.andExpect(content().string(containsString("Enter the email address of the contact person")))
			.andExpect(content().string(containsString("Enter the date of the council decision")))
			.andExpect(content().string(containsString("Choose the signed charter (a PDF file)")))
			.andExpect(content().string(containsString("id=\"charter-error\"")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void wrongValuesGetOneClearMessageEachAndKeepWhatWasEntered() throws Exception {
		var before = counts();
		mvc.perform(valid("G".repeat(121), "XX", "population", "abc", "contactEmail", "not-an-email", "website",
				"javascript:alert(1)", "latitude", "91", "languages", "xx"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The name of the city must be 120 characters or fewer")))
			.andExpect(content().string(containsString("Choose the country of the city")))
			.andExpect(content().string(containsString("The population must be a whole number, in digits")))
			.andExpect(content().string(not(containsString("Enter the population of the city"))))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("Enter the website as a full address")))
			.andExpect(content().string(containsString("The latitude must be a number between -90 and 90")))
			.andExpect(content().string(containsString("Select languages from the list")))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		mvc.perform(valid("Gent", "BE", "population", "-5", "latitude", "51", "longitude", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The population must be a whole number greater than 0")))
			.andExpect(content().string(containsString("Enter both the latitude and the longitude, or neither")));
		mvc.perform(valid("Gent", "BE", "councilDecisionDate", LocalDate.now(clock).plusDays(2).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be today or in the past")));
		mvc.perform(valid("Gent", "BE", "councilDecisionDate", "1900-03-27"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date of the council decision must be in the year 2000 or later")));
		mvc.perform(valid("Gent", "BE", "councilDecisionDate", "2026-02-31"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("as a real date")));
		mvc.perform(valid("Gent", "BE", "contactLanguage", "FR"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the language for our emails")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedWhateverItsNameAndDeclaredType() throws Exception {
		var before = counts();
		byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		mvc.perform(valid("Gent", "BE", new MockMultipartFile("charter", "charter.pdf", "application/pdf", png)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The charter must be a PDF file")));
		mvc.perform(valid("Gent", "BE", new MockMultipartFile("charter", "charter.pdf", "image/png", pdf())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The charter must be a PDF file")));
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(pdf(), 0, big, 0, pdf().length);
		mvc.perform(valid("Gent", "BE", new MockMultipartFile("charter", "charter.pdf", "application/pdf", big)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The charter file must be 5 MB or smaller")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theConfirmationPageNeedsAnApplication() throws Exception {
		mvc.perform(get("/join/submitted")).andExpect(redirectedUrl("/join"));
	}

	static byte[] pdf() {
		return "%PDF-1.4\n% a signed charter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	static MockMultipartHttpServletRequestBuilder valid(String name, String country, String... overrides) {
		return valid(name, country, new MockMultipartFile("charter", "charter.pdf", "application/pdf", pdf()),
				overrides);
	}

	/**
	 * A complete, valid application, confirmed to be a different city; {@code overrides} are name/value pairs
	 * replacing a field's value (a null value removes the field).
	 */
	static MockMultipartHttpServletRequestBuilder valid(String name, String country, MockMultipartFile charter,
			String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", name);
		fields.put("country", country);
		fields.put("region", "Vlaanderen");
		fields.put("population", "265000");
		fields.put("languages", "nl");
		fields.put("latitude", "51.05");
		fields.put("longitude", "3.72");
		fields.put("website", "https://stad.gent");
		fields.put("contactName", "An Peeters");
		fields.put("contactEmail", "An@Gent.example");
		fields.put("contactLanguage", "NL");
		fields.put("councilDecisionDate", "2026-03-27");
		// these fixed values resemble each other (same place, same contact): confirmed, unless a test says otherwise
		fields.put("differentCity", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1] == null) {
				fields.remove(overrides[i]);
			}
			else {
				fields.put(overrides[i], overrides[i + 1]);
			}
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/join").file(charter);
		fields.forEach(request::param);
		request.with(csrf());
		return request;
	}

	/** How many documents each collection the application writes holds. */
	java.util.List<Long> counts() {
		return java.util.stream.Stream.of("cities", "cityApplications", "fs.files", "fs.chunks", "outbox")
			.map(c -> mongo.getCollection(c).countDocuments())
			.toList();
	}

}

package org.inclusivecities.platform.opendata.web;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
@AutoConfigureMockMvc
class CitiesApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
	}

	@Test
	void listsListedCitiesWithFiltersAndTotals() throws Exception {
		mvc.perform(get("/api/v1/cities").param("country", "be"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].slug").value(org.hamcrest.Matchers.contains("antwerpen", "gent", "sint-niklaas")))
			.andExpect(jsonPath("$.items[0].status").value("suspended"))
			.andExpect(jsonPath("$.items[1].memberSince").value("2023-05-01T00:00:00Z"))
			.andExpect(jsonPath("$.items[0].id").doesNotExist())
			.andExpect(jsonPath("$.items[0].history").doesNotExist());
		mvc.perform(get("/api/v1/cities").param("sort", "population").param("language", "nl").param("country", "BE"))
			.andExpect(jsonPath("$.items[*].slug").value(org.hamcrest.Matchers.contains("antwerpen", "gent", "sint-niklaas")));
	}

	@Test
	void paginatesWithLinks() throws Exception {
		mvc.perform(get("/api/v1/cities").param("size", "2").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(25))
			.andExpect(jsonPath("$.totalPages").value(13))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Gent", "Łódź")))
			.andExpect(jsonPath("$.links.prev").value(containsString("page=0")))
			.andExpect(jsonPath("$.links.next").value(containsString("page=2")))
			.andExpect(jsonPath("$.links.last").value(containsString("page=12")))
			.andExpect(jsonPath("$.links.self").value(startsWith("http://localhost/api/v1/cities?")));
		mvc.perform(get("/api/v1/cities").param("size", "2").param("page", "12"))
			.andExpect(jsonPath("$.links.next").value(nullValue()));
	}

	@Test
	void neverListsApplicantsDeclinedOrDepartedCities() throws Exception {
		mvc.perform(get("/api/v1/cities").param("size", "100"))
			.andExpect(jsonPath("$.items[*].slug").value(everyItem(not(org.hamcrest.Matchers.in(DirectoryFixtures.NEVER_LISTED)))));
		for (String slug : DirectoryFixtures.NEVER_LISTED) {
			mvc.perform(get("/api/v1/cities/" + slug))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404));
		}
	}

	@Test
	void oneCity() throws Exception {
		mvc.perform(get("/api/v1/cities/gent"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Gent"))
			.andExpect(jsonPath("$.country").value("BE"))
			.andExpect(jsonPath("$.languages").value(hasItems("nl")))
			.andExpect(jsonPath("$.latitude").value(51.05));
	}

	@ParameterizedTest
	@CsvSource({ "size,0", "size,10000", "page,-1", "page,abc", "sort,unknown", "country,XYZ", "status,applied",
			"population,huge", "language,zz9", "page,2147483647", "page,99999999999" })
	void badParametersAreProblemsNotErrors(String parameter, String value) throws Exception {
		mvc.perform(get("/api/v1/cities").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void answersIfNoneMatchWith304() throws Exception {
		String etag = mvc.perform(get("/api/v1/cities/gent"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/api/v1/cities/gent").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void documentedWithOpenApiOnlyForApiPaths() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Inclusive Cities open data"))
			.andExpect(jsonPath("$.paths['/api/v1/cities'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cities/{slug}'].get").exists())
			.andExpect(jsonPath("$.paths['/cities']").doesNotExist())
			.andExpect(jsonPath("$.paths['/cities.csv']").doesNotExist());
		String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		java.util.Map<String, Object> paths = com.jayway.jsonpath.JsonPath.read(docs, "$.paths");
		org.assertj.core.api.Assertions.assertThat(paths.keySet()).isNotEmpty().allMatch(path -> path.startsWith("/api/"));
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
			.andExpect(header().string(HttpHeaders.LOCATION, endsWith("/swagger-ui/index.html")));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}

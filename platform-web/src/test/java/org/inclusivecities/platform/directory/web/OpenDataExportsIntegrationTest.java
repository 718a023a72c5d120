package org.inclusivecities.platform.directory.web;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
@AutoConfigureMockMvc
class OpenDataExportsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
	}

	@Test
	void csvHasTheListedCitiesWithTheSameFilters() throws Exception {
		String csv = mvc.perform(get("/cities.csv").param("country", "BE").param("sort", "population"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("inclusive-cities.csv")))
			.andReturn().getResponse().getContentAsString();
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv)).getRecords();
		assertThat(rows).extracting(r -> r.get("slug")).containsExactly("antwerpen", "gent", "sint-niklaas");
		assertThat(rows.get(1).get("member_since")).isEqualTo("2023-05-01");
		assertThat(rows.get(2).get("languages")).isEqualTo("nl fr");
		String all = mvc.perform(get("/cities.csv").param("country", "nowhere")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(all).contains("berlin").contains("lodz");
		DirectoryFixtures.NEVER_LISTED.forEach(slug -> assertThat(all).doesNotContain(slug));
	}

	@Test
	void sitemapListsPublicPagesAndEveryListedCity() throws Exception {
		String sitemap = mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn().getResponse().getContentAsString();
		assertThat(sitemap).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
			.contains("<loc>http://localhost/</loc>", "<loc>http://localhost/about</loc>",
					"<loc>http://localhost/cities</loc>", "<loc>http://localhost/practices</loc>",
					"<loc>http://localhost/events</loc>", "<loc>http://localhost/cities/gent</loc>",
					"<loc>http://localhost/cities/antwerpen</loc>", "<loc>http://localhost/cities/lodz</loc>");
		DirectoryFixtures.NEVER_LISTED.forEach(slug -> assertThat(sitemap).doesNotContain(slug));
	}

	@Test
	void robotsAllowPublicPagesAndKeepCrawlersOutOfPrivateOnes() throws Exception {
		String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(robots).contains("Allow: /\n", "Disallow: /my\n", "Disallow: /admin\n", "Disallow: /api/v1/me\n",
				"Sitemap: http://localhost/sitemap.xml");
	}

}

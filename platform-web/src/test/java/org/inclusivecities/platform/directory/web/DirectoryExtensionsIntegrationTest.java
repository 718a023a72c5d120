package org.inclusivecities.platform.directory.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityBadges;
import org.inclusivecities.platform.city.CityProfileSection;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's extension points as other modules will use them: a badge becomes a status filter, a
 * profile tag and an API field; profile sections render in order and only where they contribute.
 */
@PlatformIntegrationTest(properties = "spring.messages.basename=i18n/layout,i18n/directory,testing/extensions")
@AutoConfigureMockMvc
class DirectoryExtensionsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
	}

	@TestConfiguration
	static class Extensions {

		@Bean
		CityBadges accredited(Cities cities) {
			return new CityBadges() {
				public String key() {
					return "test-badge"; // not "accredited": the review module registers the real one
				}

				public String labelCode() {
					return "testing.accredited";
				}

				public Set<String> cityIds() {
					// a badge may name any city; the directory must still show only listed ones
					return Set.of(cities.findBySlug("gent").orElseThrow().getId(),
							cities.findBySlug("applytown").orElseThrow().getId());
				}
			};
		}

		@Bean
		CityProfileSection second() {
			return section(20, "Second section for ");
		}

		@Bean
		CityProfileSection first() {
			return section(10, "First section for ");
		}

		private static CityProfileSection section(int order, String text) {
			return new CityProfileSection() {
				public int order() {
					return order;
				}

				public String template() {
					return "testing/profile-section";
				}

				public Optional<Map<String, Object>> contribute(City city, Locale locale) {
					return "berlin".equals(city.getSlug()) ? Optional.empty()
							: Optional.of(Map.of("text", text + city.getName()));
				}
			};
		}

	}

	@Test
	void aRegisteredBadgeIsAStatusFilterAndATagOnTheProfile() throws Exception {
		String page = html("/cities?status=test-badge");
		assertThat(DirectoryPagesIntegrationTest.names(page)).containsExactly("Gent");
		assertThat(page).contains("<option value=\"test-badge\" selected=\"selected\">Accredited city</option>");
		assertThat(html("/cities/gent")).contains("<strong class=\"govuk-tag\">Accredited city</strong>");
		assertThat(html("/cities/antwerpen")).doesNotContain("Accredited city</strong>");
		mvc.perform(get("/api/v1/cities").param("status", "test-badge"))
			.andExpect(jsonPath("$.items[*].slug").value(contains("gent")))
			.andExpect(jsonPath("$.items[0].badges").value(contains("test-badge")));
	}

	@Test
	void profileSectionsRenderInOrderWhereTheyContribute() throws Exception {
		String gent = html("/cities/gent");
		assertThat(gent).containsSubsequence("First section for Gent", "Second section for Gent")
			.doesNotContain("has not published");
		assertThat(html("/cities/berlin")).doesNotContain("section for").contains("Berlin has not published");
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}

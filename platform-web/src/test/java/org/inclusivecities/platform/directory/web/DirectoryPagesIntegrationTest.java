package org.inclusivecities.platform.directory.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
@AutoConfigureMockMvc
class DirectoryPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
	}

	@Test
	void listsMembersAndSuspendedCitiesButNeverApplicantsDeclinedOrDeparted() throws Exception {
		String page = html("/cities?country=BE");
		assertThat(names(page)).containsExactly("Antwerpen", "Gent", "Sint-Niklaas");
		assertThat(page).contains("3 cities match").contains("Membership suspended");
		// without scripts the map stays hidden and the list is the page
		assertThat(page).contains("id=\"directory-map\" class=\"ic-map\" hidden");
		for (String slug : DirectoryFixtures.NEVER_LISTED) {
			assertThat(html("/cities?q=" + slug)).contains("No cities match");
		}
	}

	@Test
	void searchIgnoresCaseAndAccentsAndMatchesAnyWordStart() throws Exception {
		assertThat(names(html("/cities?q=LODZ"))).containsExactly("Łódź");
		String accented = mvc.perform(get("/cities").param("q", "ŁÓD")).andReturn().getResponse().getContentAsString();
		assertThat(names(accented)).containsExactly("Łódź");
		assertThat(names(html("/cities?q=niklaas"))).containsExactly("Sint-Niklaas");
		assertThat(names(html("/cities?q=ent"))).isEmpty();
	}

	@Test
	void filtersByStatusPopulationAndLanguage() throws Exception {
		assertThat(names(html("/cities?status=suspended"))).containsExactly("Antwerpen");
		assertThat(names(html("/cities?population=over-1m"))).containsExactly("Berlin");
		assertThat(names(html("/cities?population=250k-1m"))).containsExactly("Antwerpen", "Gent", "Łódź");
		assertThat(names(html("/cities?language=fr"))).containsExactly("Sint-Niklaas");
		assertThat(names(html("/cities?country=BE&status=member&language=nl"))).containsExactly("Gent", "Sint-Niklaas");
		assertThat(html("/cities?country=BE&status=suspended&population=250k-1m&language=nl&sort=population"))
			.as("the filters show what is applied")
			.contains("<option value=\"BE\" selected=\"selected\">Belgium</option>")
			.contains("<option value=\"suspended\" selected=\"selected\">")
			.contains("<option value=\"250k-1m\" selected=\"selected\">")
			.contains("<option value=\"nl\" selected=\"selected\">")
			.contains("<option value=\"population\" selected=\"selected\">")
			.containsOnlyOnce("selected=\"selected\">Belgium")
			.doesNotContain("<option value=\"DE\" selected");
	}

	@Test
	void sortsByPopulationAndMembershipAndPaginates() throws Exception {
		assertThat(names(html("/cities?sort=population")).subList(0, 4)).containsExactly("Berlin", "Łódź", "Antwerpen", "Gent");
		assertThat(names(html("/cities?sort=member-since")).subList(0, 3)).containsExactly("Antwerpen", "Łódź", "Gent");
		String first = html("/cities");
		assertThat(first).contains("25 cities match").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
		assertThat(names(first)).hasSize(20);
		String second = html("/cities?page=2");
		assertThat(names(second)).hasSize(5).doesNotContainAnyElementsOf(names(first));
		assertThat(second).contains("rel=\"prev\"").contains("aria-current=\"page\"");
	}

	@Test
	void badParametersAreIgnoredOrClampedNeverAnError() throws Exception {
		assertThat(names(html("/cities?page=999"))).hasSize(5);
		assertThat(names(html("/cities?page=-3&size=10000&country=XYZ&sort=unknown&status=%3Cscript%3E&population=huge&language=zz9")))
			.hasSize(20);
		assertThat(names(html("/cities?page=abc&q=" + "x".repeat(500)))).isEmpty();
		assertThat(names(html("/cities?page=2147483647"))).hasSize(5);
		assertThat(names(html("/cities?page=99999999999"))).hasSize(20);
	}

	@Test
	void profileShowsWhoTheCityIsWithOpenGraphTags() throws Exception {
		String page = html("/cities/gent");
		assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Gent</h1>")
			.contains("Belgium")
			.contains("Flanders")
			.contains("265,000")
			.contains("Dutch")
			.contains("1 May 2023")
			.contains("property=\"og:description\"")
			.contains("content=\"http://localhost/cities/gent\"");
		mvc.perform(get("/cities/gent").header(HttpHeaders.ACCEPT_LANGUAGE, "nl"))
			.andExpect(content().string(containsString("België")))
			.andExpect(content().string(containsString("Nederlands")))
			.andExpect(content().string(containsString("1 mei 2023")));
	}

	@Test
	void unknownAndUnlistedProfilesAreAFriendly404() throws Exception {
		for (String slug : DirectoryFixtures.NEVER_LISTED) {
			mvc.perform(get("/cities/" + slug))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Page not found")))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
		}
		mvc.perform(get("/cities/no-such-city")).andExpect(status().isNotFound());
	}

	@Test
	void anonymousPagesCarryAnEtagAndMaxAge() throws Exception {
		MvcResult first = mvc.perform(get("/cities?country=BE"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=60, private"))
			.andExpect(header().stringValues(HttpHeaders.VARY, org.hamcrest.Matchers.hasItem("Accept-Language, Cookie")))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		mvc.perform(get("/cities?country=BE").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/cities/gent").session(new MockHttpSession()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, not(containsString("max-age=60"))));
	}

	@Test
	void workspacesAreNeverCached() throws Exception {
		mvc.perform(get("/my"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static java.util.List<String> names(String html) {
		Matcher m = Pattern.compile("<h3 class=\"govuk-heading-s ic-directory__name\"><a class=\"govuk-link\" href=\"[^\"]+\">([^<]+)</a>")
			.matcher(html);
		java.util.List<String> names = new java.util.ArrayList<>();
		while (m.find()) {
			names.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
		}
		return names;
	}

}

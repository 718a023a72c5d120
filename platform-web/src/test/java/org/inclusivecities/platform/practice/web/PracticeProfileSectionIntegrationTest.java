package org.inclusivecities.platform.practice.web;

import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.inclusivecities.platform.practice.PracticeAdoption;
import org.inclusivecities.platform.practice.AdoptionDetails;
import org.inclusivecities.platform.practice.PracticeTestContent;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The library's section of a city profile: practices it published and adopted; never unpublished ones. */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class PracticeProfileSectionIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@Autowired
	PracticeAdoption adoption;

	@Test
	void profileListsPublishedAndAdoptedPracticesOnly() throws Exception {
		City author = member("Praktijkstad");
		City adopter = member("Overneemdorp");
		City quiet = member("Stilleveen");
		Practice choir = editing.create(author.getId(), PracticeTestContent.content("Recovery choir"), "p1");
		editing.submit(author.getId(), choir.getId());
		moderation.publish(choir.getId(), "admin");
		editing.create(author.getId(), PracticeTestContent.content("Unpublished idea"), "p1");
		Practice waiting = editing.create(author.getId(), PracticeTestContent.content("Waiting for moderation"), "p1");
		editing.submit(author.getId(), waiting.getId());
		adoption.adopt(adopter.getId(), choir.getId(), new AdoptionDetails("We sing too", null, null), "p2");

		String own = html("/cities/praktijkstad");
		assertThat(own).contains("id=\"practice-section\"").contains("Published by this city")
			.contains("href=\"/practices/" + choir.getId() + "\"").contains("Recovery choir")
			.doesNotContain("Unpublished idea").doesNotContain("Waiting for moderation")
			.doesNotContain("Adopted from other cities");
		String adopted = html("/cities/overneemdorp");
		assertThat(adopted).contains("Adopted from other cities").contains("Recovery choir")
			.contains("(from Praktijkstad)").doesNotContain("Published by this city");
		assertThat(html("/cities/stilleveen")).doesNotContain("practice-section");
		assertThat(quiet.getSlug()).isEqualTo("stilleveen");
	}

	private City member(String name) {
		City city = City.apply(new CityProfile(name, "BE", null, 50_000L, List.of("nl"), null, null),
				Instant.parse("2025-01-01T00:00:00Z"));
		city.moveTo(CityStatus.MEMBER, Instant.parse("2025-02-01T00:00:00Z"), "admin", null);
		return cities.save(city);
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

}

package org.inclusivecities.platform.practice.web;

import java.time.Clock;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeImages;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.practice.web.PracticeFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest(properties = "platform.web.practice.max-image-bytes=60000")
@AutoConfigureMockMvc
class PracticeLibraryIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeImages images;

	City ghent;

	City utrecht;

	Person ghentAdmin;

	Person utrechtAdmin;

	Person secretariat;

	@BeforeEach
	void seed() {
		PracticeFixtures fixtures = new PracticeFixtures(cities, people, encoder);
		String run = Long.toString(System.nanoTime(), 36);
		ghent = fixtures.city("Ghent " + run, "BE", "nl");
		utrecht = fixtures.city("Utrecht " + run, "NL", "nl");
		ghentAdmin = fixtures.member("ghent-" + run + "@example.org", ghent, Role.CITY_ADMIN);
		utrechtAdmin = fixtures.member("utrecht-" + run + "@example.org", utrecht, Role.COUNCIL_MEMBER);
		secretariat = fixtures.networkAdmin("secretariat-" + run + "@example.org");
	}

	@Test
	void draftsSubmittedAndReturnedPracticesAreVisibleNowhereButTheirCityWorkspace() throws Exception {
		String draft = create(ghentAdmin, ghent, "Zwerfkatcafé", "Een zwerfkatcafé voor iedereen.");
		String submitted = create(ghentAdmin, ghent, "Ooievaarwandeling", "Een ooievaarwandeling door de stad.");
		submit(ghentAdmin, ghent, submitted);
		String returned = create(ghentAdmin, ghent, "Kikkervisspelen", "Kikkervisspelen in het park.");
		submit(ghentAdmin, ghent, returned);
		mvc.perform(post("/admin/practices/" + returned + "/return").param("feedback", "Add outcomes")
			.with(as(secretariat))
			.with(csrf())).andExpect(status().is3xxRedirection());

		for (String[] practice : List.of(new String[] { draft, "zwerfkatcafé" },
				new String[] { submitted, "ooievaarwandeling" }, new String[] { returned, "kikkervisspelen" })) {
			assertInvisible(practice[0], practice[1]);
			mvc.perform(get("/my/cities/" + ghent.getSlug() + "/practices/" + practice[0]).with(as(ghentAdmin)))
				.andExpect(status().isOk());
		}

		publish(submitted);
		mvc.perform(get("/practices/" + submitted)).andExpect(status().isOk());
		mvc.perform(get("/practices").param("q", "ooievaarwandelingen"))
			.andExpect(content().string(containsString("/practices/" + submitted)));
		mvc.perform(get("/api/v1/practices").param("q", "ooievaarwandeling")).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/practices.atom")).andExpect(content().string(containsString("Ooievaarwandeling")));
		mvc.perform(get("/practices.csv")).andExpect(content().string(containsString("Ooievaarwandeling")));
	}

	@Test
	void publicLibraryPagesHaveNoHtmlErrorsInEitherLanguage() throws Exception {
		String id = create(ghentAdmin, ghent, "Herstelwandeling", "Een **herstelwandeling** door de stad.");
		editing.addStory(ghent.getId(), id, "Mijn weg", "Tekst", "Jan", java.time.LocalDate.of(2026, 1, 1),
				org.inclusivecities.platform.practice.ConsentScope.PSEUDONYMOUS, "J.", ghentAdmin.getId());
		editing.addImage(ghent.getId(), id, PracticeFixtures.png(20, 20), "Wandelaars op de kade");
		submit(ghentAdmin, ghent, id);
		publish(id);
		for (String language : List.of("en", "nl")) {
			for (String page : List.of("/practices", "/practices?q=herstelwandelingen", "/practices?sector=HEALTH&page=3",
					"/practices/" + id)) {
				String html = mvc.perform(get(page).param("lang", language)).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString();
				org.inclusivecities.platform.browser.HtmlChecker.assertValid(html, page + " in " + language);
			}
		}
		// the Dutch practice is marked as Dutch on an English page (WCAG 3.1.2), and needs no mark on a Dutch one
		String english = mvc.perform(get("/practices/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("<h1 class=\"govuk-heading-l\" lang=\"nl\">Herstelwandeling</h1>")
			.contains("<div class=\"govuk-body-l\" lang=\"nl\">")
			.contains("<article class=\"govuk-inset-text\" lang=\"nl\">");
		String dutch = mvc.perform(get("/practices/" + id).param("lang", "nl")).andReturn().getResponse().getContentAsString();
		assertThat(dutch).contains("<h1 class=\"govuk-heading-l\">Herstelwandeling</h1>")
			.doesNotContain("<div class=\"govuk-body-l\" lang=", "<article class=\"govuk-inset-text\" lang=");
		// and so in the library's result list: its title and snippet
		String results = mvc.perform(get("/practices").param("q", "herstelwandeling").param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(results).contains("<h3 class=\"govuk-heading-s govuk-!-margin-bottom-1\" lang=\"nl\"><a class=\"govuk-link\" href=\"/practices/" + id + "\"")
			.contains("<p class=\"govuk-body ic-snippet\" lang=\"nl\">");
		assertThat(mvc.perform(get("/practices").param("q", "herstelwandeling").param("lang", "nl"))
			.andReturn().getResponse().getContentAsString()).doesNotContain("ic-snippet\" lang=");
	}

	@Test
	void aMemberOfAnotherCityGets404OnEveryWorkspaceRouteAndChangesNothing() throws Exception {
		String id = create(ghentAdmin, ghent, "Herstelcafé Gent", "Een herstelcafé.");
		String story = editing.addStory(ghent.getId(), id, "Mijn weg", "Tekst", "Jan", java.time.LocalDate.of(2026, 1, 1),
				org.inclusivecities.platform.practice.ConsentScope.NAMED, null, ghentAdmin.getId()).id();
		editing.addImage(ghent.getId(), id, PracticeFixtures.png(20, 20), "Een foto");
		String image = editing.get(ghent.getId(), id).getImages().getFirst().id();
		String g = "/my/cities/" + ghent.getSlug() + "/practices";
		String u = "/my/cities/" + utrecht.getSlug() + "/practices";
		MockMultipartFile png = new MockMultipartFile("file", "a.png", "image/png", PracticeFixtures.png(10, 10));
		List<AbstractMockHttpServletRequestBuilder<?>> foreign = List.of(get(g), get(g + "/new"), post(g + "/new").param("title", "x"),
				get(g + "/" + id), get(g + "/" + id + "/edit"), post(g + "/" + id + "/edit").param("title", "Hacked"),
				post(g + "/" + id + "/submit"), multipart(g + "/" + id + "/images").file(png).param("alt", "x"),
				get(g + "/" + id + "/images/" + image), post(g + "/" + id + "/stories").param("storyTitle", "x"),
				post(g + "/" + id + "/stories/" + story + "/withdraw"),
				// Utrecht's own workspace, Ghent's practice
				get(u + "/" + id), get(u + "/" + id + "/edit"), post(u + "/" + id + "/edit").param("title", "Hacked")
					.param("summary", "s").param("whatWasDone", "w").param("activityTypes", "OTHER"),
				post(u + "/" + id + "/submit"), multipart(u + "/" + id + "/images").file(png).param("alt", "x"),
				get(u + "/" + id + "/images/" + image), post(u + "/" + id + "/stories/" + story + "/withdraw"),
				get(g + "/adopt/" + id), post(g + "/adopt/" + id));
		for (AbstractMockHttpServletRequestBuilder<?> request : foreign) {
			mvc.perform(request.with(as(utrechtAdmin)).with(csrf())).andExpect(status().isNotFound());
		}
		Practice unchanged = editing.get(ghent.getId(), id);
		assertThat(unchanged.getRevisions()).hasSize(1);
		assertThat(unchanged.working().content().title()).isEqualTo("Herstelcafé Gent");
		assertThat(unchanged.getWorkingStatus().name()).isEqualTo("DRAFT");
		assertThat(unchanged.getImages()).hasSize(1);
		assertThat(unchanged.getStories()).singleElement().satisfies(s -> assertThat(s.consent().isWithdrawn()).isFalse());
		assertThat(editing.list(utrecht.getId())).isEmpty();
	}

	@Test
	void withdrawingConsentRemovesTheStoryFromPageSearchFeedAndApiAtOnce() throws Exception {
		String id = create(ghentAdmin, ghent, "Herstelcafé met verhalen", "Een herstelcafé.");
		mvc.perform(post("/my/cities/" + ghent.getSlug() + "/practices/" + id + "/stories")
			.param("storyTitle", "Mijn zeppelinreis")
			.param("storyText", "Ik vond mijn weg terug dankzij het zeppelinverhaal.")
			.param("givenBy", "Jan Jansen")
			.param("givenOn", "2026-04-01")
			.param("consentScope", "PSEUDONYMOUS")
			.param("pseudonym", "Jay")
			.with(as(ghentAdmin))
			.with(csrf())).andExpect(status().is3xxRedirection());
		submit(ghentAdmin, ghent, id);
		publish(id);
		mvc.perform(get("/practices/" + id))
			.andExpect(content().string(containsString("zeppelinverhaal")))
			.andExpect(content().string(containsString("Jay")))
			.andExpect(content().string(not(containsString("Jan Jansen"))));
		mvc.perform(get("/api/v1/practices").param("q", "zeppelinverhaal")).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/practices/" + id)).andExpect(jsonPath("$.stories[0].author").value("Jay"))
			.andExpect(content().string(not(containsString("Jan Jansen"))));
		mvc.perform(get("/practices.atom")).andExpect(content().string(containsString("zeppelinverhaal")));

		String story = editing.get(ghent.getId(), id).getStories().getFirst().id();
		mvc.perform(post("/my/cities/" + ghent.getSlug() + "/practices/" + id + "/stories/" + story + "/withdraw")
			.with(as(ghentAdmin))
			.with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(get("/practices/" + id)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("zeppelin"))));
		mvc.perform(get("/practices").param("q", "zeppelinverhaal"))
			.andExpect(content().string(not(containsString("/practices/" + id))));
		mvc.perform(get("/api/v1/practices").param("q", "zeppelinverhaal")).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/practices/" + id)).andExpect(content().string(not(containsString("zeppelin"))));
		mvc.perform(get("/practices.atom")).andExpect(content().string(not(containsString("zeppelin"))));
		mvc.perform(get("/practices.csv")).andExpect(content().string(not(containsString("zeppelin"))));
	}

	@Test
	void badImagesAreRefusedWithAClear4xxAndGoodOnesAreReEncoded() throws Exception {
		String id = create(ghentAdmin, ghent, "Fietstocht", "Een herstelfietstocht.");
		String url = "/my/cities/" + ghent.getSlug() + "/practices/" + id + "/images";
		upload(url, "renamed.png", PracticeFixtures.gif(20, 20), "A gif").andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("must be a PNG or JPEG")));
		upload(url, "notes.png", "just text, not an image".getBytes(), "Text").andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("not an image that can be read")));
		upload(url, "wide.png", PracticeFixtures.png(5000, 2), "Wide").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("at most 4000 pixels")));
		upload(url, "big.png", new byte[70000], "Big").andExpect(status().isContentTooLarge());
		upload(url, "ok.png", PracticeFixtures.png(20, 20), " ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Describe the image")));
		assertThat(editing.get(ghent.getId(), id).getImages()).isEmpty();

		byte[] payload = "<script>alert(1)</script>".getBytes();
		byte[] png = PracticeFixtures.png(30, 20);
		byte[] smuggled = java.util.Arrays.copyOf(png, png.length + payload.length);
		System.arraycopy(payload, 0, smuggled, png.length, payload.length);
		upload(url, "ok.png", smuggled, "A photo of the ride").andExpect(status().is3xxRedirection());
		var image = editing.get(ghent.getId(), id).getImages().getFirst();
		assertThat(new String(images.load(image.id()).orElseThrow())).doesNotContain("<script>");
		mvc.perform(get("/practices/" + id + "/images/" + image.id())).andExpect(status().isNotFound());
		submit(ghentAdmin, ghent, id);
		publish(id);
		mvc.perform(get("/practices/" + id + "/images/" + image.id())).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void markdownWithScriptsHandlersAndJavascriptLinksIsRenderedHarmless() throws Exception {
		String id = create(ghentAdmin, ghent, "Veilige tekst",
				"<script>alert('x')</script> [klik](javascript:alert(1)) <img src=x onerror=alert(2)>");
		editing.edit(ghent.getId(), id, new PracticeForm("Veilige tekst", "Samenvatting",
				"<a href=\"javascript:alert(3)\">raw</a> <div onmouseover=\"alert(4)\">x</div>",
				"<iframe src=\"https://evil.example\"></iframe>", "", "", "", "", "",
				java.util.Set.of(org.inclusivecities.platform.plan.ActivityType.OTHER), null, null, "", "", "")
			.toContent());
		submit(ghentAdmin, ghent, id);
		for (String page : List.of("/admin/practices/" + id)) {
			assertHarmless(mvc.perform(get(page).with(as(secretariat))).andReturn().getResponse().getContentAsString());
		}
		publish(id);
		assertHarmless(mvc.perform(get("/practices/" + id)).andReturn().getResponse().getContentAsString());
		assertHarmless(mvc.perform(get("/my/cities/" + ghent.getSlug() + "/practices/" + id).with(as(ghentAdmin)))
			.andReturn().getResponse().getContentAsString());
	}

	@Test
	void anotherCityRecordsAnAdoptionOnceAndTheOwnCityCannot() throws Exception {
		String id = create(ghentAdmin, ghent, "Werkgeversprogramma", "Werkgevers bieden leerbanen.");
		submit(ghentAdmin, ghent, id);
		publish(id);
		mvc.perform(get("/practices/" + id).with(as(utrechtAdmin)))
			.andExpect(content().string(containsString("/my/cities/" + utrecht.getSlug() + "/practices/adopt/" + id)));
		mvc.perform(post("/my/cities/" + utrecht.getSlug() + "/practices/adopt/" + id).param("adaptation", "Since 2026")
			.with(as(utrechtAdmin)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/my/cities/" + utrecht.getSlug() + "/practices/adopt/" + id).param("adaptation", "Again")
			.with(as(utrechtAdmin)).with(csrf())).andExpect(status().isConflict());
		mvc.perform(post("/my/cities/" + ghent.getSlug() + "/practices/adopt/" + id).param("adaptation", "Our own")
			.with(as(ghentAdmin)).with(csrf())).andExpect(status().isConflict());
		mvc.perform(get("/practices/" + id)).andExpect(content().string(containsString("Adopted by 1 city")))
			.andExpect(content().string(containsString(utrecht.getName())));
		mvc.perform(get("/api/v1/practices/" + id)).andExpect(jsonPath("$.adoptedBy[0]").value(utrecht.getName()))
			.andExpect(jsonPath("$.adoptions[0].adaptation").value("Since 2026"));
	}

	@Test
	void theSecretariatWithdrawsAPublishedPracticeFromEverywhereWithAReason() throws Exception {
		String id = create(ghentAdmin, ghent, "Herstelspelen", "Herstelspelen op het plein.");
		submit(ghentAdmin, ghent, id);
		publish(id);
		mvc.perform(get("/api/v1/practices").param("q", "herstelspelen")).andExpect(jsonPath("$.total").value(1));
		mvc.perform(post("/admin/practices/" + id + "/withdraw").param("reason", " ").with(as(secretariat)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#reason\"")));
		mvc.perform(post("/admin/practices/" + id + "/withdraw").param("reason", "On request of the city")
			.with(as(ghentAdmin))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/practices/" + id)).andExpect(status().isOk());
		mvc.perform(post("/admin/practices/" + id + "/withdraw").param("reason", "On request of the city")
			.with(as(secretariat))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertInvisible(id, "herstelspelen");
		assertThat(editing.get(ghent.getId(), id).getWorkingStatus().name()).isEqualTo("WITHDRAWN");
		mvc.perform(post("/my/cities/" + ghent.getSlug() + "/practices/" + id + "/submit").with(as(ghentAdmin))
			.with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void apiAnswersBadParametersAndUnknownIdsWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/practices").param("page", "x")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/practices").param("size", "1000")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/practices").param("activity", "NOT_A_TYPE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"));
		mvc.perform(get("/api/v1/practices/000000000000000000000000")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/practices/../../etc")).andExpect(status().is4xxClientError());
		mvc.perform(get("/practices").param("page", "-3").param("q", "\"((")).andExpect(status().isOk());
	}

	@Test
	void aMisspeltSearchStillFindsThePracticeAndOffersTheSpellingAsALinkInEitherLanguage() throws Exception {
		String id = create(ghentAdmin, ghent, "Kangoeroebibliotheek", "Een kangoeroebibliotheek voor iedereen.");
		submit(ghentAdmin, ghent, id);
		publish(id);
		mvc.perform(get("/practices").param("q", "kangoeroebiblioteek").param("language", "nl").param("lang", "en"))
			.andExpect(content().string(containsString("/practices/" + id)))
			.andExpect(content().string(containsString("Did you mean")))
			.andExpect(content().string(
					containsString("href=\"/practices?q=kangoeroebibliotheek&amp;language=nl\">kangoeroebibliotheek</a>?")));
		mvc.perform(get("/practices").param("q", "kangoeroebiblioteek").param("lang", "nl"))
			.andExpect(content().string(containsString("Bedoelde u")))
			.andExpect(content().string(containsString("href=\"/practices?q=kangoeroebibliotheek\"")));
		mvc.perform(get("/practices").param("q", "kangoeroebibliotheken").param("lang", "en"))
			.andExpect(content().string(containsString("/practices/" + id)))
			.andExpect(content().string(not(containsString("Did you mean"))));
		mvc.perform(get("/api/v1/practices").param("q", "kangoeroebiblioteek"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.suggestion").value("kangoeroebibliotheek"));
	}

	@Test
	void theLibrarySpeaksDutch() throws Exception {
		String id = create(ghentAdmin, ghent, "Herstelcafé in het Nederlands", "Een herstelcafé.");
		submit(ghentAdmin, ghent, id);
		publish(id);
		mvc.perform(get("/practices").param("lang", "nl"))
			.andExpect(content().string(containsString("Zoeken in de bibliotheek")))
			.andExpect(content().string(containsString("Herstelcafé (")))
			.andExpect(content().string(containsString("Nederlands (")));
		mvc.perform(get("/practices/" + id).param("lang", "nl"))
			.andExpect(content().string(containsString("Nog niet overgenomen door andere steden")));
	}

	@Test
	void consentGivenInTheFutureOrInAnExtendedYearIsAFieldErrorAndStoresNoStory() throws Exception {
		String id = create(ghentAdmin, ghent, "Herstelcafé zonder verhaal", "Een herstelcafé.");
		for (String givenOn : new String[] { LocalDate.now(clock).plusDays(2).toString(), "+999999999-12-31" }) {
			String expected = givenOn.startsWith("+") ? "Enter the date of consent as year-month-day"
					: "The date of consent cannot be in the future";
			mvc.perform(post("/my/cities/" + ghent.getSlug() + "/practices/" + id + "/stories")
				.param("storyTitle", "Mijn verhaal")
				.param("storyText", "Ik vond mijn weg terug.")
				.param("givenBy", "Jan Jansen")
				.param("givenOn", givenOn)
				.param("consentScope", "NAMED")
				.with(as(ghentAdmin))
				.with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("href=\"#givenOn\"")))
				.andExpect(content().string(containsString(expected)));
		}
		assertThat(editing.get(ghent.getId(), id).getStories()).isEmpty();
	}

	@Test
	void formErrorsAreListedAndLinkedToTheirFields() throws Exception {
		mvc.perform(post("/my/cities/" + ghent.getSlug() + "/practices/new").param("title", "")
			.param("links", "javascript:alert(1)")
			.with(as(ghentAdmin))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#title\"")))
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Select at least one activity type")))
			.andExpect(content().string(containsString("full web address")));
		assertThat(editing.list(ghent.getId())).isEmpty();
	}

	private static void assertHarmless(String html) {
		assertThat(html).doesNotContainPattern("(?i)<script>alert")
			.doesNotContainPattern("(?i)<img[^>]*src=\"?x")
			.doesNotContainPattern("(?i)<iframe")
			.doesNotContainPattern("(?i)<[a-z]+[^>]*\\son(error|mouseover|click|load)\\s*=")
			.doesNotContainPattern("(?i)href\\s*=\\s*\"\\s*javascript:");
	}

	private void assertInvisible(String id, String word) throws Exception {
		mvc.perform(get("/practices/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/practices/" + id).with(as(utrechtAdmin))).andExpect(status().isNotFound());
		mvc.perform(get("/practices").param("q", word)).andExpect(content().string(not(containsString("/practices/" + id))));
		mvc.perform(get("/api/v1/practices").param("q", word)).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/practices/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/practices.atom")).andExpect(content().string(not(containsString(id))));
		mvc.perform(get("/practices.csv")).andExpect(content().string(not(containsString(id))));
		mvc.perform(get("/my/cities/" + utrecht.getSlug() + "/practices/" + id).with(as(utrechtAdmin)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/my/cities/" + ghent.getSlug() + "/practices/" + id).with(as(utrechtAdmin)))
			.andExpect(status().isNotFound());
	}

	private ResultActions upload(String url, String name, byte[] bytes, String alt) throws Exception {
		return mvc.perform(multipart(url).file(new MockMultipartFile("file", name, "image/png", bytes))
			.param("alt", alt)
			.with(as(ghentAdmin))
			.with(csrf()));
	}

	/**
	 * A long list of filter values shows the eight most frequent; the others wait behind "N more", open when one of
	 * them is ticked. A practice in nine languages gives its search a language list of nine.
	 */
	@Test
	void longFilterListsShowTheirFirstValuesAndTheRestBehindMore() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		List<String> languages = List.of("nl", "en", "de", "fr", "es", "it", "pt", "pl", "sv");
		String location = mvc.perform(post("/my/cities/" + ghent.getSlug() + "/practices/new")
			.param("title", "Veeltalig " + run)
			.param("summary", "Overal welkom, zoekwoord veeltalig" + run + ".")
			.param("whatWasDone", "We deden het samen met mensen in herstel.")
			.param("activityTypes", "RECOVERY_CAFE")
			.param("languages", String.join(",", languages))
			.with(as(ghentAdmin))
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		submit(ghentAdmin, ghent, id);
		publish(id);

		String page = mvc.perform(get("/practices").param("q", "veeltalig" + run).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int legend = page.indexOf("Language</legend>");
		String list = page.substring(legend, page.indexOf("</fieldset>", legend));
		String more = list.substring(list.indexOf("<details"));
		assertThat(list.substring(0, list.indexOf("<details")).split("type=\"checkbox\"", -1)).hasSize(9);
		assertThat(more.split("type=\"checkbox\"", -1)).hasSize(2);
		assertThat(more).startsWith("<details class=\"govuk-details ic-facet-more\">").contains("Language: 1 more");
		Matcher hidden = Pattern.compile("name=\"language\" value=\"([a-z]+)\"").matcher(more);
		assertThat(hidden.find()).isTrue();

		String ticked = mvc.perform(get("/practices").param("q", "veeltalig" + run).param("language", hidden.group(1))
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ticked).contains("<details class=\"govuk-details ic-facet-more\" open=\"open\">")
			.doesNotContain("<details class=\"govuk-details ic-facet-more\">");
		org.inclusivecities.platform.browser.HtmlChecker.assertValid(ticked, "the library with a ticked value behind More");
	}

	private String create(Person person, City city, String title, String summary) throws Exception {
		String location = mvc.perform(post("/my/cities/" + city.getSlug() + "/practices/new").param("title", title)
			.param("summary", summary)
			.param("whatWasDone", "We deden het samen met mensen in herstel.")
			.param("activityTypes", "RECOVERY_CAFE")
			.param("languages", "nl")
			.with(as(person))
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private void submit(Person person, City city, String id) throws Exception {
		mvc.perform(post("/my/cities/" + city.getSlug() + "/practices/" + id + "/submit").with(as(person)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private void publish(String id) throws Exception {
		mvc.perform(post("/admin/practices/" + id + "/publish").with(as(secretariat)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

}

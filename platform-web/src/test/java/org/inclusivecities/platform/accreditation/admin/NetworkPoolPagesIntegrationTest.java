package org.inclusivecities.platform.accreditation.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ConflictKind;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's network-wide reviewer pool: filters and sort by query, the same rows as an Excel-friendly CSV,
 * bad filter values as field errors, nobody else in, and a conflict or tie recorded there that breaks a proposed
 * seat flags it at once (the request page, the secretariat's mail and waiting list).
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(AccreditationNetwork.Setup.class)
class NetworkPoolPagesIntegrationTest {

	private static final String PAGE = "/admin/accreditation/pool";

	@Autowired
	AccreditationNetwork network;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewerPool pool;

	@Autowired
	ReviewerPoolService poolService;

	@Autowired
	ReviewRouting routing;

	@Autowired
	RequestsInReview requests;

	@Autowired
	Outbox outbox;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	SecretariatFixture seed;

	@BeforeEach
	void fixture() {
		seed = new SecretariatFixture(network);
	}

	private static ResultHandler valid(String what) {
		return result -> HtmlChecker.assertValid(result.getResponse().getContentAsString(), what);
	}

	private Person reviewer(String name, City city, Set<String> languages, Set<String> expertise, int cap) {
		return network.nominate(seed.person(name, city, Role.REVIEWER), city.getId(),
				new ReviewerProfile(languages, expertise, cap));
	}

	/** The reviewers table of the page (the forms below it name every reviewer, whatever the filter). */
	private static String table(org.springframework.test.web.servlet.MvcResult result) throws Exception {
		String html = result.getResponse().getContentAsString();
		int start = html.indexOf("id=\"reviewers\"");
		return start < 0 ? "" : html.substring(start, html.indexOf("</table>", start));
	}

	private ReviewerNomination nominationOf(Person person) {
		return pool.nominationsOf(person.getId()).getFirst();
	}

	@Test
	void theSecretariatFiltersSortsAndExportsThePool() throws Exception {
		RequestPostProcessor asSecretariat = authentication(signedIn(seed.secretariat("Filter Secretariat")));
		City alba = seed.city("Filteralba");
		City bruna = seed.city("Filterbruna");
		reviewer("Zora Filter", alba, Set.of("nl"), Set.of("recovery-cafe"), 2);
		reviewer("Anna Filter", bruna, Set.of("en"), Set.of(), 3);
		Person away = reviewer("Mila Filter; Away", bruna, Set.of("nl", "en"), Set.of(), 2);
		LocalDate today = LocalDate.now(clock);
		poolService.markUnavailable(bruna.getId(), nominationOf(away).getId(), new Period(today, today.plusDays(10)),
				away.getId());

		String brunaOnly = table(mvc.perform(get(PAGE).with(asSecretariat).param("city", bruna.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 reviewers match.")))
			.andDo(valid("network pool filtered by city"))
			.andReturn());
		assertThat(brunaOnly).contains("Anna Filter", "Mila Filter; Away", "0 of 3", "Not available now")
			.doesNotContain("Zora Filter");
		String available = table(mvc.perform(get(PAGE).with(asSecretariat).param("city", bruna.getId())
			.param("language", "en").param("available", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 reviewer matches.")))
			.andReturn());
		assertThat(available).contains("Anna Filter").doesNotContain("Mila Filter");
		String cafe = table(mvc.perform(get(PAGE).with(asSecretariat).param("expertise", "recovery-cafe")
			.param("language", "nl")).andExpect(status().isOk()).andReturn());
		assertThat(cafe).contains("Zora Filter").doesNotContain("Anna Filter", "Mila Filter");
		String byName = table(mvc.perform(get(PAGE).with(asSecretariat).param("sort", "NAME")).andReturn());
		assertThat(byName.indexOf("Anna Filter")).isLessThan(byName.indexOf("Mila Filter"));
		assertThat(byName.indexOf("Mila Filter")).isLessThan(byName.indexOf("Zora Filter"));
		String byCity = table(mvc.perform(get(PAGE).with(asSecretariat).param("sort", "CITY")).andReturn());
		assertThat(byCity.indexOf("Zora Filter")).isLessThan(byCity.indexOf("Anna Filter"));
		String byLoad = table(mvc.perform(get(PAGE).with(asSecretariat).param("sort", "LOAD")
			.param("city", bruna.getId())).andReturn());
		assertThat(byLoad.indexOf("Anna Filter")).isLessThan(byLoad.indexOf("Mila Filter"));

		byte[] csv = mvc.perform(get(PAGE + "/export.csv").with(asSecretariat).param("city", bruna.getId())
			.param("sort", "NAME"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Reviewer\";\"Nominated by\";");
		List<String> lines = text.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("\"Anna Filter\";\"Filterbruna\";\"English\";\"\";\"0\";\"3\"");
		assertThat(lines.get(2)).startsWith("\"Mila Filter; Away\";\"Filterbruna\";")
			.contains("\"" + today + "/" + today.plusDays(10) + "\"");
		assertThat(text).doesNotContain("@");
	}

	@Test
	void badFilterValuesAreFieldErrorsAndOnlyTheSecretariatGetsIn() throws Exception {
		RequestPostProcessor asSecretariat = authentication(signedIn(seed.secretariat("Guard Secretariat")));
		City guarded = seed.city("Guardville");
		Person cityAdmin = seed.person("Guard Admin", guarded, Role.CITY_ADMIN);
		Person reviewer = reviewer("Guard Reviewer", guarded, Set.of("nl"), Set.of(), 2);

		for (String[] bad : List.of(new String[] { "sort", "SIDEWAYS", "Choose a sort order from the list" },
				new String[] { "available", "maybe", "Tick the box or leave it empty" },
				new String[] { "city", "atlantis", "Choose a city from the list" },
				new String[] { "language", "xx", "Select languages from the list" },
				new String[] { "expertise", "<script>", "Select expertise from the list" })) {
			for (String path : List.of(PAGE, PAGE + "/export.csv")) {
				mvc.perform(get(path).with(asSecretariat).param(bad[0], bad[1]))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(allOf(containsString("href=\"#" + bad[0] + "\""),
							containsString(bad[2]))))
					.andDo(valid("pool with a bad " + bad[0]));
			}
		}
		for (RequestPostProcessor other : List.of(authentication(signedIn(cityAdmin)),
				authentication(signedIn(reviewer)))) {
			mvc.perform(get(PAGE).with(other)).andExpect(status().isForbidden());
			mvc.perform(get(PAGE + "/export.csv").with(other)).andExpect(status().isForbidden());
			mvc.perform(post(PAGE + "/conflicts").with(other).with(csrf())
				.param("nomination", nominationOf(reviewer).getId()).param("conflictCity", guarded.getId())
				.param("conflictKind", "OTHER").param("reason", "mine"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
		City other = seed.city("Guardother");
		mvc.perform(post(PAGE + "/conflicts").with(asSecretariat)
			.param("nomination", nominationOf(reviewer).getId()).param("conflictCity", other.getId())
			.param("conflictKind", "OTHER").param("reason", "without a token"))
			.andExpect(status().isForbidden());
		assertThat(nominationOf(reviewer).getConflicts()).isEmpty();
	}

	@Test
	void aConflictFormWithBadValuesChangesNothing() throws Exception {
		RequestPostProcessor asSecretariat = authentication(signedIn(seed.secretariat("Form Secretariat")));
		City home = seed.city("Formhome");
		City away = seed.city("Formaway");
		Person reviewer = reviewer("Form Reviewer", home, Set.of("nl"), Set.of(), 2);
		String nomination = nominationOf(reviewer).getId();

		mvc.perform(post(PAGE + "/conflicts").with(asSecretariat).with(csrf()).param("nomination", nomination)
			.param("conflictCity", away.getId()).param("conflictKind", "OTHER").param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#reason\""),
					containsString("Enter the reason for the conflict"))))
			.andDo(valid("conflict without a reason"));
		mvc.perform(post(PAGE + "/conflicts").with(asSecretariat).with(csrf()).param("nomination", nomination)
			.param("conflictCity", home.getId()).param("conflictKind", "BRIBED").param("reason", "x".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(
					containsString("Choose a city other than the one that nominated the reviewer"),
					containsString("Choose one of the options"),
					containsString("The reason must be 500 characters or fewer"))));
		mvc.perform(post(PAGE + "/conflicts").with(asSecretariat).with(csrf()).param("nomination", "nobody")
			.param("conflictCity", away.getId()).param("conflictKind", "OTHER").param("reason", "a reason"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the nomination")));
		mvc.perform(post(PAGE + "/ties").with(asSecretariat).with(csrf()).param("tieCity", home.getId())
			.param("tieOther", home.getId()).param("tieKind", "TWINNING"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose two different cities")));
		assertThat(nominationOf(reviewer).getConflicts()).isEmpty();
		assertThat(pool.allTies()).noneMatch(t -> t.getCityId().equals(home.getId()));

		mvc.perform(post(PAGE + "/conflicts").with(asSecretariat).with(csrf()).param("nomination", nomination)
			.param("conflictCity", away.getId()).param("conflictKind", "OTHER")
			.param("reason", "Sister-in-law is its alderman"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "The conflict with Formaway is recorded."));
		assertThat(nominationOf(reviewer).getConflicts()).singleElement()
			.satisfies(c -> assertThat(c.note()).isEqualTo("Sister-in-law is its alderman"));
		mvc.perform(get(PAGE).with(asSecretariat).param("city", home.getId()))
			.andExpect(content().string(containsString("Formaway: Another reason (Sister-in-law is its alderman)")));
	}

	@Test
	void aConflictOrTieThatBreaksAProposedSeatIsFlaggedAtOnce() throws Exception {
		Person secretariat = seed.secretariat("Break Secretariat");
		RequestPostProcessor asSecretariat = authentication(signedIn(secretariat));
		City asking = seed.city("Breakville");
		seed.reviewersInFourCities("Break Reviewer", "Break");
		String id = seed.request(asking, seed.person("Break Admin", asking, Role.CITY_ADMIN));
		routing.preview(secretariat.getId());
		AccreditationRequest proposed = requests.byId(id).orElseThrow();
		List<String> seated = proposed.currentSeats()
			.stream()
			.filter(s -> s.status() == SeatStatus.PROPOSED)
			.map(s -> s.reviewerId())
			.toList();
		assertThat(seated).isNotEmpty();
		ReviewerNomination first = pool.nominationsOf(seated.getFirst()).getFirst();
		// a proposed seat counts as load: sorted by load, the reviewers without a seat come first
		String byLoad = table(mvc.perform(get(PAGE).with(asSecretariat).param("sort", "LOAD")).andReturn());
		List<String> names = List.of("North", "South", "East", "West")
			.stream()
			.map(n -> "Break Reviewer " + n)
			.sorted(java.util.Comparator.comparingInt(byLoad::indexOf))
			.toList();
		List<String> seatedNames = seated.stream()
			.map(r -> people.findById(r).orElseThrow().getDisplayName())
			.filter(names::contains)
			.toList();
		// routing may seat reviewers of other tests too: of the four, the seated ones come last
		assertThat(seatedNames).isNotEmpty().hasSizeLessThan(4);
		assertThat(names.subList(names.size() - seatedNames.size(), names.size()))
			.containsExactlyInAnyOrderElementsOf(seatedNames);
		assertThat(byLoad).contains("1 of 2");

		var recorded = mvc.perform(post(PAGE + "/conflicts").with(asSecretariat).with(csrf())
			.param("nomination", first.getId()).param("conflictCity", asking.getId()).param("conflictKind", "WORKED_FOR")
			.param("reason", "Was its policy adviser until last year"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flagged", hasSize(1)))
			.andReturn();
		mvc.perform(get(PAGE).with(asSecretariat).flashAttrs(recorded.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The conflict with Breakville is recorded."),
					containsString("break a rule of the review"),
					containsString("href=\"/admin/accreditation/" + id + "\""),
					containsString("The request of Breakville"))))
			.andDo(valid("pool after a conflict that flagged a seat"));
		assertFlagged(secretariat, asSecretariat, id, 1);

		// a tie between the asking city and a second proposed reviewer's city flags that seat too
		String second = seated.get(1);
		ReviewerNomination secondNomination = pool.nominationsOf(second).getFirst();
		var tied = mvc.perform(post(PAGE + "/ties").with(asSecretariat).with(csrf())
			.param("tieCity", secondNomination.getCityId()).param("tieOther", asking.getId())
			.param("tieKind", "REGIONAL_NETWORK"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flagged", hasSize(1)))
			.andReturn();
		assertThat(tied.getFlashMap().get("flash").toString()).endsWith("and Breakville is recorded.");
		assertFlagged(secretariat, asSecretariat, id, 2);

		// recording what is recorded already flags nothing new
		mvc.perform(post(PAGE + "/ties").with(asSecretariat).with(csrf())
			.param("tieCity", secondNomination.getCityId()).param("tieOther", asking.getId())
			.param("tieKind", "REGIONAL_NETWORK"))
			.andExpect(flash().attribute("flagged", hasSize(0)));
	}

	/** The request page shows the broken seats, the secretariat was mailed per seat and its waiting list links it. */
	private void assertFlagged(Person secretariat, RequestPostProcessor asSecretariat, String id, int seats)
			throws Exception {
		mvc.perform(get("/admin/accreditation/" + id).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Breaks a rule")));
		List<OutboxMail> mails = outbox.findAllByRecipientOrderByCreatedAtDesc(secretariat.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals("review-seat-flagged") && m.getTextBody().contains(id))
			.toList();
		assertThat(mails).hasSize(seats);
		mvc.perform(get("/my").with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/admin/accreditation/" + id + "\""),
					containsString("Replace a reviewer on Breakville\u2019s request: " + seats + (seats == 1 ? " seat breaks" : " seats break")))));
	}

}

package org.inclusivecities.platform.accreditation.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewProperties;
import org.inclusivecities.platform.request.RoutingEngine;
import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.HardRules;
import org.inclusivecities.platform.routing.Router;
import org.inclusivecities.platform.routing.RoutingContext;
import org.inclusivecities.platform.routing.RoutingProgress;
import org.inclusivecities.platform.routing.RoutingRequest;
import org.inclusivecities.platform.routing.RoutingResult;
import org.inclusivecities.platform.routing.RoutingResult.Outcome;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Routing in the background, with a solver that takes as long as the test needs: the run's page shows each step it
 * reports in a status region announced to screen readers, a Cancel button stops it (the best valid assignment found
 * so far becomes the proposal), and the outcome says whether it is proven optimal and, when not, what that means:
 * the gap to the proven bound, or that none is known. In English and Dutch; nobody but the secretariat sees a run.
 */
@PlatformIntegrationTest(properties = "platform.review.routing-grace=PT0S")
@AutoConfigureMockMvc
@Import({ AccreditationNetwork.Setup.class, RoutingRunPagesIntegrationTest.Gate.class })
class RoutingRunPagesIntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	AccreditationNetwork network;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestsInReview requests;

	@Autowired
	GatedEngine engine;

	SecretariatFixture seed;

	@BeforeEach
	void fixture() {
		seed = new SecretariatFixture(network);
		engine.reset();
	}

	/** The standard router, held after its first reports until the run is cancelled or the test releases it. */
	static final class GatedEngine implements RoutingEngine {

		private final ReviewProperties properties;

		private volatile CountDownLatch release = new CountDownLatch(1);

		/** What the run reports when released: not proven optimal, this far above its proven bound (-1: none). */
		private volatile long gapWhenReleased = -1;

		GatedEngine(ReviewProperties properties) {
			this.properties = properties;
		}

		void reset() {
			release = new CountDownLatch(1);
			gapWhenReleased = -1;
		}

		void release(long gap) {
			gapWhenReleased = gap;
			release.countDown();
		}

		@Override
		public RoutingResult route(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
				Consumer<RoutingProgress> listener, BooleanSupplier cancelled) {
			List<RoutingProgress> steps = new ArrayList<>();
			RoutingResult found = new Router(properties.routing(), HardRules.standard()).route(requests, candidates,
					context, steps::add, () -> false);
			listener.accept(new RoutingProgress(1, "eligibility", requests.size(), 0, 0, 0, -1, Duration.ZERO));
			listener.accept(new RoutingProgress(2, "cost-stopped", requests.size(), 40, found.cost() + 20,
					-1, found.cost(), Duration.ofSeconds(3)));
			long deadline = System.nanoTime() + WAIT.toNanos();
			try {
				while (!cancelled.getAsBoolean() && !release.await(20, TimeUnit.MILLISECONDS)
						&& System.nanoTime() < deadline) {
					// the solver "searches" until the run is cancelled or the test releases it
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (cancelled.getAsBoolean()) {
				return new RoutingResult(Outcome.CANCELLED, found.assignments(), found.unrouted(), found.cost(), -1,
						steps);
			}
			// a solver that could not close the gap: its valid assignment, priced this far above what it proved
			long cost = found.cost() + Math.max(0, gapWhenReleased);
			return new RoutingResult(Outcome.NOT_PROVEN_OPTIMAL, found.assignments(), found.unrouted(), cost,
					gapWhenReleased < 0 ? -1 : found.cost(), steps);
		}

	}

	@TestConfiguration
	static class Gate {

		@Bean
		@Primary
		GatedEngine gatedEngine(ReviewProperties properties) {
			return new GatedEngine(properties);
		}

	}

	private String requestOf(String prefix) {
		seed.reviewersInFourCities(prefix + " Reviewer", prefix);
		City city = seed.city(prefix + "ville");
		return seed.request(city, seed.person(prefix + " Admin", city, Role.CITY_ADMIN));
	}

	private String start(RequestPostProcessor who) throws Exception {
		String location = mvc.perform(post("/admin/accreditation/proposal").with(who).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/accreditation/routing/");
		return location;
	}

	private String page(String path, RequestPostProcessor who, String lang) throws Exception {
		var response = mvc.perform(get(path).with(who).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	@Test
	void theRunShowsItsProgressAndCancelKeepsTheBestAssignmentFoundSoFar() throws Exception {
		Person secretariat = seed.secretariat("Run Secretariat");
		RequestPostProcessor asSecretariat = authentication(signedIn(secretariat));
		String id = requestOf("Cancel");
		String run = start(asSecretariat);

		await().atMost(WAIT).untilAsserted(() -> assertThat(page(run, asSecretariat, "en"))
			.contains("Step 2: lowering the total cost (3 seconds since the start)"));
		String progress = page(run, asSecretariat, "en");
		assertThat(progress).contains("role=\"status\"", "aria-live=\"polite\"", "Routing is running",
				"nothing can be better than", "Cancel routing", "Check progress", "/js/routing-run-");
		HtmlChecker.assertValid(progress, "routing run in progress");
		assertThat(page(run, asSecretariat, "nl")).contains("De routering loopt", "Stap 2: de totale kosten verlagen",
				"Routering annuleren");
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);

		// starting again while it routes joins the same run
		assertThat(start(asSecretariat)).isEqualTo(run);
		// nobody else sees or stops it
		Person admin = seed.person("Cancel Outsider", null, Role.CITY_ADMIN);
		mvc.perform(get(run).with(authentication(signedIn(admin)))).andExpect(status().isForbidden());
		mvc.perform(post(run + "/cancel").with(authentication(signedIn(admin))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(run + "/cancel").with(asSecretariat)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accreditation/routing/no-such-run").with(asSecretariat))
			.andExpect(status().isNotFound());

		mvc.perform(post(run + "/cancel").with(asSecretariat).with(csrf())).andExpect(status().is3xxRedirection());
		await().atMost(WAIT).untilAsserted(() -> assertThat(page(run, asSecretariat, "en")).contains("Routing outcome"));
		String outcome = page(run, asSecretariat, "en");
		assertThat(outcome).contains("Cancelled", "The proposals shown are the best found until then",
				"No bound on the best possible cost is known", "Proposed reviewers for Cancelville");
		HtmlChecker.assertValid(outcome, "cancelled routing outcome");
		assertThat(page(run, asSecretariat, "nl")).contains("Er is geen grens voor de laagst mogelijke kosten bekend");
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROPOSED);
	}

	@Test
	void aResultNotProvenOptimalSaysHowFarFromTheOptimumItCanBe() throws Exception {
		RequestPostProcessor asSecretariat = authentication(signedIn(seed.secretariat("Gap Secretariat")));
		requestOf("Gap");
		String run = start(asSecretariat);
		await().atMost(WAIT).untilAsserted(() -> assertThat(page(run, asSecretariat, "en")).contains("Step 2"));

		engine.release(7);
		await().atMost(WAIT).untilAsserted(() -> assertThat(page(run, asSecretariat, "en")).contains("Routing outcome"));
		assertThat(page(run, asSecretariat, "en")).contains("Valid, not proven optimal",
				"a better assignment (more requests staffed, or a lower total cost) may exist",
				"At most 7 above the lowest possible cost for these requests (a proven bound).")
			.doesNotContain("No bound on the best possible cost is known", "Cancel routing");
		assertThat(page(run, asSecretariat, "nl")).contains("Geldig, niet bewezen optimaal",
				"Hoogstens 7 boven de laagst mogelijke kosten");
	}

}

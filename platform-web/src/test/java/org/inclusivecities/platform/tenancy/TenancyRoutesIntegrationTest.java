package org.inclusivecities.platform.tenancy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Tenancy guards that cover every route by construction: the routes are discovered from the handler mapping, so a
 * route added tomorrow is tried tomorrow, with no list to keep. Every {@code /my/cities/{slug}/…} handler resolves
 * its city through {@link CityWorkspace}; every handler that changes something declares its roles
 * ({@link RequiresRole} or {@link AnyMember}); each route is called by a member of another city (404, and nothing
 * of either city changes) and each role-guarded route by a member of the city without the role (404, unchanged).
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class TenancyRoutesIntegrationTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ActionPlanService plans;

	City cityA;

	City cityB;

	Person everythingInA;

	Map<Role, Person> membersOfB = new TreeMap<>();

	@BeforeEach
	void twoCities() {
		String run = Long.toString(System.nanoTime(), 36);
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		cityA = fixtures.memberCity("Walkers A " + run, "BE");
		cityB = fixtures.memberCity("Walkers B " + run, "NL");
		everythingInA = fixtures.person("all-" + run + "@a.example", null, cityA, Role.values());
		for (Role role : Role.values()) {
			membersOfB.put(role, fixtures.person(role.name().toLowerCase() + "-" + run + "@b.example", null, cityB, role));
		}
		plans.save(cityB.getId(), PlanPart.MISSION, 0, new Mission("Draft mission of B", null),
				new Editor(membersOfB.get(Role.CITY_ADMIN).getId(), "Admin of B"));
		// every signed-in page lists what waits for the person in their own city, which starts its draft plan on
		// first read: started here, so only what an attempt on city B changes counts
		plans.draft(cityA.getId());
	}

	@Test
	void theSnapshotSeesTheDataOfTheCityUnderAttack() {
		assertThat(snapshot().toString()).contains("Draft mission of B");
	}

	@Test
	void theWalkFindsTheCityRoutesOfEveryFeature() {
		List<String> patterns = cityRoutes().stream().map(Route::pattern).toList();
		assertThat(patterns).as("city routes found in the handler mapping").hasSizeGreaterThan(40);
		for (String feature : List.of("/members", "/plan", "/practices", "/accreditation", "/reviewers")) {
			assertThat(patterns).as("a route of %s", feature).anyMatch(p -> p.contains(feature));
		}
	}

	@Test
	void everyCityRouteResolvesItsCityThroughTheWorkspace() {
		List<String> unguarded = new ArrayList<>();
		for (Route route : cityRoutes()) {
			boolean publicApiRead = route.pattern().startsWith("/api/") && route.method() == HttpMethod.GET
					&& !route.pattern().contains("/draft");
			if (!route.takesWorkspace() && !publicApiRead) {
				unguarded.add(route.toString());
			}
		}
		assertThat(unguarded).as("city routes that do not take a CityWorkspace").isEmpty();
	}

	@Test
	void everyHandlerThatChangesSomethingDeclaresItsRoles() {
		List<String> undeclared = new ArrayList<>();
		for (Route route : cityRoutes()) {
			if (route.method() != HttpMethod.GET && route.takesWorkspace() && !route.declaresRoles()) {
				undeclared.add(route.toString());
			}
		}
		assertThat(undeclared).as("write handlers without @RequiresRole or @AnyMember").isEmpty();
	}

	@Test
	void aMemberOfAnotherCityGetsNotFoundOnEveryRouteAndChangesNothing() throws Exception {
		List<Attempt> attempts = new ArrayList<>();
		for (Route route : cityRoutes()) {
			if (route.takesWorkspace()) {
				attempts.add(new Attempt(route, everythingInA));
			}
		}
		assertNothingGetsThrough(attempts);
	}

	@Test
	void aMemberWithoutTheRoleGetsNotFoundOnEveryGuardedRouteAndChangesNothing() throws Exception {
		List<Attempt> attempts = new ArrayList<>();
		for (Route route : cityRoutes()) {
			Set<Role> required = route.takesWorkspace() ? route.requiredRoles() : Set.of();
			if (!required.isEmpty()) {
				for (Role role : EnumSet.complementOf(EnumSet.copyOf(required))) {
					attempts.add(new Attempt(route, membersOfB.get(role)));
				}
			}
		}
		assertThat(attempts).as("role-guarded routes tried").hasSizeGreaterThan(20);
		assertNothingGetsThrough(attempts);
	}

	/**
	 * Every attempt on city B answers 404 and changes nothing. The data is compared once around all attempts (a
	 * snapshot per attempt would cost minutes); when it changed, the attempts are replayed one by one to name the
	 * route that changed it.
	 */
	private void assertNothingGetsThrough(List<Attempt> attempts) throws Exception {
		List<String> leaks = new ArrayList<>();
		Map<String, Object> before = snapshot();
		for (Attempt attempt : attempts) {
			int status = perform(attempt.route(), cityB, attempt.person());
			if (status != 404) {
				leaks.add(attempt + " answered " + status);
			}
		}
		List<String> changed = changes(before, snapshot());
		if (!changed.isEmpty()) {
			for (Attempt attempt : attempts) {
				Map<String, Object> beforeOne = snapshot();
				perform(attempt.route(), cityB, attempt.person());
				changes(beforeOne, snapshot()).forEach(change -> leaks.add(attempt + " changed " + change));
			}
		}
		assertThat(changed).as("data changed by members who may not (%s)", leaks).isEmpty();
		assertThat(leaks).as("routes used by members who may not").isEmpty();
	}

	private int perform(Route route, City city, Person person) throws Exception {
		MockHttpServletRequestBuilder request = request(route.method(), route.path(city.getSlug()));
		for (MethodParameter parameter : route.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !param.name().isEmpty() && !parameter.getParameterType().getName().contains("Multipart")) {
				request.param(param.name(), "1");
			}
			else if (param != null && !param.value().isEmpty()) {
				request.param(param.value(), "1");
			}
		}
		Set<MediaType> consumes = route.info().getConsumesCondition().getConsumableMediaTypes();
		if (route.method() != HttpMethod.GET) {
			MediaType type = consumes.isEmpty() ? MediaType.APPLICATION_FORM_URLENCODED : consumes.iterator().next();
			request.contentType(type).content(type.includes(MediaType.APPLICATION_JSON) ? "{}" : "");
		}
		return mvc.perform(request.with(as(person)).with(csrf())).andReturn().getResponse().getStatus();
	}

	/** What a foreign request could have changed: every collection's size, and every document of both cities. */
	private Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new TreeMap<>();
		for (String collection : mongo.getCollectionNames()) {
			String name = collection.toLowerCase(java.util.Locale.ROOT);
			if (name.startsWith("sessions") || name.startsWith("shedlock") || name.startsWith("mongock")) {
				continue;
			}
			snapshot.put(collection + " size", mongo.getCollection(collection).countDocuments());
			for (String cityId : List.of(cityA.getId(), cityB.getId())) {
				List<String> documents = new ArrayList<>();
				mongo.getCollection(collection)
					.find(new Document("cityId", cityId))
					.forEach(document -> documents.add(document.toJson()));
				snapshot.put(collection + " of " + cityId, documents);
			}
		}
		snapshot.put("city B", mongo.findById(cityB.getId(), Document.class, "cities").toJson());
		return snapshot;
	}

	private static List<String> changes(Map<String, Object> before, Map<String, Object> after) {
		List<String> changes = new ArrayList<>();
		for (String key : after.keySet()) {
			if (!after.get(key).equals(before.get(key))) {
				changes.add(key + ": " + before.get(key) + " -> " + after.get(key));
			}
		}
		return changes;
	}

	private List<Route> cityRoutes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/my/cities/{slug}") && !pattern.startsWith("/api/v1/cities/{slug}/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(pattern, method.asHttpMethod(), info, entry.getValue()));
				}
			}
		}
		return routes;
	}

	record Attempt(Route route, Person person) {

		@Override
		public String toString() {
			return route + " by " + person.getEmail();
		}

	}

	record Route(String pattern, HttpMethod method, RequestMappingInfo info, HandlerMethod handler) {

		boolean takesWorkspace() {
			return Arrays.stream(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.getParameterType().equals(CityWorkspace.class));
		}

		boolean declaresRoles() {
			return handler.hasMethodAnnotation(RequiresRole.class) || handler.hasMethodAnnotation(AnyMember.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RequiresRole.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), AnyMember.class);
		}

		Set<Role> requiredRoles() {
			MethodParameter workspace = Arrays.stream(handler.getMethodParameters())
				.filter(parameter -> parameter.getParameterType().equals(CityWorkspace.class))
				.findFirst()
				.orElseThrow();
			Role[] roles = CityWorkspaceResolver.requiredRoles(workspace);
			return roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
		}

		String path(String slug) {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, "slug".equals(matcher.group(1)) ? slug : "1");
			}
			matcher.appendTail(path);
			return path.toString().replace("/**", "/x");
		}

		@Override
		public String toString() {
			return method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName()
					+ ")";
		}

	}

}

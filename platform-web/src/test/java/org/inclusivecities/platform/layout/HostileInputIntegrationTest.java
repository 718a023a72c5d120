package org.inclusivecities.platform.layout;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue #15's hostile input, against every form and API endpoint found in the handler mappings (no hand-kept
 * list), signed in as a network admin who is also city admin, council member and reviewer of a city: a bracketed
 * parameter name ({@code email[$ne]=x}) on each bound field and an extended-year date ({@code +999999999-12-31})
 * on each date field answer a 4xx, never a 5xx, and store nothing.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTest {

	static final String EXTENDED_YEAR = "+999999999-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MongoTemplate mongo;

	City city;

	Person everyone;

	@BeforeAll
	void signIn() throws Exception {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		city = fixtures.memberCity("Hostile " + System.nanoTime(), "BE");
		Person person = fixtures.person("hostile-" + System.nanoTime() + "@ic.example", "a long enough password", city,
				Role.CITY_ADMIN, Role.COUNCIL_MEMBER, Role.REVIEWER);
		person.makeNetworkAdmin();
		everyone = people.save(person);
		// the city's draft plan comes into being when the plan is first opened, not by a hostile request
		mvc.perform(MockMvcRequestBuilders.get("/my/cities/" + city.getSlug() + "/plan").with(Fixtures.as(everyone)))
			.andReturn();
	}

	/** One case per (route, field, hostile value): forms and API endpoints that bind named values. */
	Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			String path = entry.getKey().getPatternValues().iterator().next();
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			boolean api = path.startsWith("/api/");
			boolean write = methods.stream().anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD);
			if (path.startsWith("/error") || path.startsWith("/actuator") || !(api || write)) {
				continue;
			}
			HttpMethod method = HttpMethod.valueOf(methods.isEmpty() ? "POST"
					: methods.stream().filter(m -> m != RequestMethod.HEAD).findFirst().orElseThrow().name());
			for (String field : fields(entry.getValue())) {
				cases.add(new Case(method, path, field + "[$ne]", "x"));
				if (dateLike(field)) {
					cases.add(new Case(method, path, field, EXTENDED_YEAR));
				}
			}
		}
		assertThat(cases).as("hostile cases from the handler mappings").hasSizeGreaterThan(100);
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void hostileInputIsA4xxAndStoresNothing(Case hostile) throws Exception {
		Map<String, Long> before = counts();
		String uri = hostile.path().replace("{slug}", city.getSlug()).replaceAll("\\{[^}]+}", "x");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(hostile.method(), uri)
			.param(hostile.name(), hostile.value())
			.with(Fixtures.as(everyone))
			.with(csrf());
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status).as(hostile + " answered " + status + " " + result.getResolvedException()).isLessThan(500);
		assertThat(counts()).as(hostile + " stored something").isEqualTo(before);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String collection : mongo.getCollectionNames()) {
			String name = collection.toLowerCase(java.util.Locale.ROOT);
			if (!name.contains("session") && !name.contains("lock") && !name.contains("change")) {
				counts.put(collection, mongo.getCollection(collection).countDocuments());
			}
		}
		return counts;
	}

	/** The names a handler binds: request parameters and the components of its form records. */
	private static Set<String> fields(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestBody.class)) {
				continue;
			}
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
			else if (type.isRecord() && (type.getSimpleName().endsWith("Form")
					|| parameter.hasParameterAnnotation(ModelAttribute.class))) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
			else if (BeanUtils.isSimpleValueType(type) && parameter.getParameterName() != null
					&& type != java.util.Locale.class) {
				names.add(parameter.getParameterName());
			}
		}
		return names;
	}

	private static boolean dateLike(String field) {
		String lower = field.toLowerCase(java.util.Locale.ROOT);
		return lower.contains("date") || lower.endsWith("on") && lower.startsWith("given") || lower.equals("from")
				|| lower.equals("to") || lower.equals("due") || lower.equals("month");
	}

	record Case(HttpMethod method, String path, String name, String value) {

		@Override
		public String toString() {
			return method + " " + path + " " + name + "=" + value;
		}

	}

}

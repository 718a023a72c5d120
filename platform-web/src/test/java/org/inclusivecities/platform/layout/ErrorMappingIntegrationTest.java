package org.inclusivecities.platform.layout;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.refusal.Conflict;
import org.inclusivecities.platform.refusal.Forbidden;
import org.inclusivecities.platform.refusal.Invalid;
import org.inclusivecities.platform.refusal.NotFound;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registered handler, faced with every unchecked exception type of the platform (found by scanning the
 * classpath, not listed), answers the status of the refusal's kind, never a 5xx: an HTML route with a friendly
 * error page, an {@code /api/} route (and any other REST controller, such as the OpenAPI document) with
 * problem+json; a database that does not answer is 503 with
 * {@code Retry-After} everywhere. A route or an exception that no advice maps fails here.
 */
@SharesContext
@PlatformIntegrationTest
class ErrorMappingIntegrationTest {

	private static final ObjenesisStd OBJENESIS = new ObjenesisStd();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	@Qualifier("handlerExceptionResolver")
	HandlerExceptionResolver resolver;

	@Test
	void everyHandlerMapsEveryPlatformExceptionAndTheSharedFailuresWithoutA5xx() throws Exception {
		List<RuntimeException> exceptions = platformExceptions();
		assertThat(exceptions).as("refusal types found by scanning").hasSizeGreaterThan(40);
		exceptions.add(new OptimisticLockingFailureException("stale"));
		List<String> problems = new ArrayList<>();
		int handlers = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			String path = entry.getKey().getPatternValues().iterator().next();
			if (path.startsWith("/error")) {
				continue;
			}
			handlers++;
			boolean api = path.startsWith("/api/")
					|| AnnotatedElementUtils.hasAnnotation(entry.getValue().getBeanType(), RestController.class);
			for (RuntimeException ex : exceptions) {
				Answer answer = resolve(path, entry.getValue(), ex);
				int expected = expectedStatus(ex);
				if (answer.status() != expected || !answer.shape(api).isEmpty()) {
					problems.add(path + " " + entry.getValue().getShortLogMessage() + " with "
							+ ex.getClass().getName() + ": " + answer.status() + " (expected " + expected + ") "
							+ answer.shape(api));
				}
			}
			Answer down = resolve(path, entry.getValue(), new DataAccessResourceFailureException("timed out"));
			if (down.status() != 503 || down.retryAfter() == null || !down.shape(api).isEmpty()) {
				problems.add(path + " with the database down: " + down.status() + " " + down.shape(api));
			}
		}
		assertThat(handlers).as("handlers walked").isGreaterThan(100);
		assertThat(problems).isEmpty();
	}

	private Answer resolve(String path, HandlerMethod handler, Exception ex) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path.replaceAll("\\{[^}]+}", "x"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView answer = resolver.resolveException(request, response, handler, ex);
		if (answer == null) {
			return new Answer(500, null, null, null);
		}
		int status = answer.getStatus() != null ? answer.getStatus().value() : response.getStatus();
		return new Answer(status, answer.isEmpty() ? null : answer.getViewName(), response.getContentType(),
				response.getHeader(HttpHeaders.RETRY_AFTER));
	}

	private static int expectedStatus(RuntimeException ex) {
		return switch (ex) {
			case NotFound notFound -> notFound.gone() ? 410 : 404;
			case Conflict ignored -> 409;
			case Invalid ignored -> 400;
			case Forbidden ignored -> 403;
			case OptimisticLockingFailureException ignored -> 409;
			default -> 500;
		};
	}

	/** Every concrete unchecked exception class in the platform's packages, built as its code builds it. */
	@SuppressWarnings("unchecked")
	private static List<RuntimeException> platformExceptions() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isConcrete() && definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(RuntimeException.class));
		List<RuntimeException> found = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.inclusivecities.platform")) {
			Class<?> type = ClassUtils.forName(definition.getBeanClassName(), null);
			// SiteUrlNotConfigured stops the start (explained by SiteUrlFailureAnalyzer); no request ever meets it
			if (!type.getName().contains("Test") && !Modifier.isAbstract(type.getModifiers())
					&& type != SiteUrlNotConfigured.class) {
				found.add(instance((Class<? extends RuntimeException>) type));
			}
		}
		return found;
	}

	private static RuntimeException instance(Class<? extends RuntimeException> type) {
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			try {
				constructor.setAccessible(true);
				Class<?>[] parameters = constructor.getParameterTypes();
				Object[] args = new Object[parameters.length];
				for (int i = 0; i < parameters.length; i++) {
					args[i] = sample(parameters[i]);
				}
				return (RuntimeException) constructor.newInstance(args);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				// try the next constructor, or build it without one
			}
		}
		return OBJENESIS.newInstance(type);
	}

	private static Object sample(Class<?> type) {
		if (type == String.class) {
			return "x";
		}
		if (type == int.class || type == long.class) {
			return type == int.class ? (Object) 1 : (Object) 1L;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type.isArray()) {
			return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
		}
		if (type == List.class) {
			return List.of("x");
		}
		if (type == Set.class) {
			return Set.of();
		}
		if (type == Map.class) {
			return Map.of();
		}
		return type.isInterface() ? null : OBJENESIS.newInstance(type);
	}

	/** What the resolver answered: status, the page (for HTML) and the media type (for the API). */
	record Answer(int status, String view, String contentType, String retryAfter) {

		String shape(boolean api) {
			if (api) {
				return contentType != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
						MediaType.parseMediaType(contentType)) ? "" : "not problem+json but " + contentType + "/" + view;
			}
			return view != null && view.startsWith("error/") ? "" : "not an error page but " + view + "/" + contentType;
		}

	}

}

package org.inclusivecities.platform.tenancy;

import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.Slugs;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves a {@link CityWorkspace} parameter from the {@code slug} path variable and the signed-in person.
 * Unknown city, unknown person, no membership or none of the handler's {@link RequiresRole roles}:
 * {@link NotAMember} (404), whatever the URL.
 */
@Component
class CityWorkspaceResolver implements HandlerMethodArgumentResolver {

	private final Cities cities;

	private final People people;

	CityWorkspaceResolver(Cities cities, People people) {
		this.cities = cities;
		this.people = people;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CityWorkspace.class.equals(parameter.getParameterType());
	}

	@Override
	public CityWorkspace resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		String slug = variables == null ? null : variables.get("slug");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (slug == null || !Slugs.isValid(slug) || authentication == null
				|| !(authentication.getPrincipal() instanceof PlatformPrincipal principal)) {
			throw new NotAMember();
		}
		City city = cities.findBySlug(slug).orElseThrow(NotAMember::new);
		Person person = people.findById(principal.personId()).orElseThrow(NotAMember::new);
		CityWorkspace workspace = person.membershipIn(city.getId())
			.map(membership -> new CityWorkspace(city, person, membership))
			.orElseThrow(NotAMember::new);
		Role[] required = requiredRoles(parameter);
		return required.length == 0 ? workspace : workspace.require(required);
	}

	/** The handler method's {@link RequiresRole}, else its controller's; none: any member. */
	static Role[] requiredRoles(MethodParameter parameter) {
		RequiresRole roles = parameter.getMethodAnnotation(RequiresRole.class);
		if (roles == null && parameter.getMethodAnnotation(AnyMember.class) == null) {
			roles = AnnotatedElementUtils.findMergedAnnotation(parameter.getContainingClass(), RequiresRole.class);
		}
		return roles == null ? new Role[0] : roles.value();
	}

}

package org.inclusivecities.platform.workspace.web;

import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.security.PlatformPrincipal;
import org.inclusivecities.platform.workspace.WaitingList;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the service navigation needs from the request: which of its sections the page belongs to (for
 * {@code aria-current}) and how many actions wait for the signed-in person: {@code ${@navigation.current('/my')}},
 * {@code ${@navigation.waiting()}}.
 */
@Component("navigation")
class Navigation {

	private final People people;

	private final WaitingList waiting;

	Navigation(People people, WaitingList waiting) {
		this.people = people;
		this.waiting = waiting;
	}

	/** Whether the page is this section's address or below it ({@code /my} covers {@code /my/cities/gent}). */
	public boolean current(String section) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		var request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(section) || path.startsWith(section + "/");
	}

	/** Actions waiting for the signed-in person; 0 for a visitor. */
	public int waiting() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PlatformPrincipal principal)) {
			return 0;
		}
		return people.findById(principal.personId()).map(p -> waiting.of(p).size()).orElse(0);
	}

}

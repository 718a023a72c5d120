package org.inclusivecities.platform.accreditation.web;

import java.time.LocalDate;

import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.Conditions;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the city page's decided requests need besides the requests: the day a condition's state (open, met,
 * overdue) is computed for, on the injected clock, and whether the person may appeal (city admins only).
 */
@ControllerAdvice(assignableTypes = CityAccreditationController.class)
class AftercareModel {

	private final Conditions conditions;

	AftercareModel(Conditions conditions) {
		this.conditions = conditions;
	}

	@ModelAttribute("conditionsToday")
	LocalDate conditionsToday() {
		return conditions.today();
	}

	@ModelAttribute("mayAppeal")
	boolean mayAppeal(CityWorkspace workspace) {
		return workspace.has(Role.CITY_ADMIN);
	}

}

package org.inclusivecities.platform.plan.web;

import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Small helpers shared by the plan pages and API. */
final class PlanWeb {

	private PlanWeb() {
	}

	/**
	 * The person editing. Council members and city admins edit, other members only read: every handler that
	 * changes the plan declares {@code @RequiresRole({ CITY_ADMIN, COUNCIL_MEMBER })}, enforced before it runs.
	 */
	static Editor editor(CityWorkspace workspace) {
		return new Editor(workspace.person().getId(), workspace.person().getDisplayName());
	}

	/** Shows a domain refusal next to its field, or at the top of the form when the form has no such field. */
	static void reject(BindingResult errors, InvalidPlanContent ex) {
		Object target = errors.getTarget();
		if (target != null && new BeanWrapperImpl(target).isReadableProperty(ex.field())) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		else {
			errors.reject(ex.messageKey(), ex.args(), null);
		}
	}

	static String base(CityWorkspace workspace) {
		return "/my/cities/" + workspace.slug() + "/plan";
	}

}

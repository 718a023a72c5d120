package org.inclusivecities.platform.plan.web;

import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.NotAMember;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Small helpers shared by the plan pages and API. */
final class PlanWeb {

	private PlanWeb() {
	}

	/** Council members and city admins edit; other members only read (and are answered 404 when they try). */
	static Editor editor(CityWorkspace workspace) {
		if (!workspace.canEditPlan()) {
			throw new NotAMember();
		}
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

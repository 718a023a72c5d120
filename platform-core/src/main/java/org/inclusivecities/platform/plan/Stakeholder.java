package org.inclusivecities.platform.plan;

/** An organisation on the stakeholder map. */
public record Stakeholder(String organisation, Sector sector, String role, Level influence, Level interest,
		EngagementLevel engagement) {

	public Stakeholder {
		organisation = Texts.required("organisation", organisation, Texts.SHORT);
		role = Texts.clean("role", role, Texts.SHORT);
		if (influence == null) {
			throw new InvalidPlanContent("influence", "plan.error.required");
		}
		if (interest == null) {
			throw new InvalidPlanContent("interest", "plan.error.required");
		}
		if (engagement == null) {
			throw new InvalidPlanContent("engagement", "plan.error.required");
		}
	}

}

package org.inclusivecities.platform.plan;

/** A member of the city's Inclusive Cities council; the name is shown publicly only with consent. */
public record CouncilMember(String name, String organisation, CouncilProfile profile, String personId,
		Boolean namePublic) {

	public CouncilMember {
		name = Texts.required("name", name, Texts.SHORT);
		organisation = Texts.clean("organisation", organisation, Texts.SHORT);
		if (profile == null) {
			throw new InvalidPlanContent("profile", "plan.error.required");
		}
		personId = Texts.clean("personId", personId, 64);
		namePublic = Boolean.TRUE.equals(namePublic);
	}

}

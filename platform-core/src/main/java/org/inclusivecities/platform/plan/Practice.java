package org.inclusivecities.platform.plan;

/** What already exists in a sector for people in recovery, and what is missing. */
public record Practice(Sector sector, String existing, String gaps) {

	public Practice {
		if (sector == null) {
			throw new InvalidPlanContent("sector", "plan.error.required");
		}
		existing = Texts.clean("existing", existing, Texts.LONG);
		gaps = Texts.clean("gaps", gaps, Texts.LONG);
		if (existing == null && gaps == null) {
			throw new InvalidPlanContent("existing", "plan.error.practiceEmpty");
		}
	}

}

package org.inclusivecities.platform.plan;

/**
 * A sensitive detail within a plan part that the public sees only when the city chooses so (it is private by
 * default): who is on the stakeholder map and how the city rates them, whom it invited, who owns each message.
 */
public enum PlanDetail {

	/** The organisations on the stakeholder map, with sector and role. */
	STAKEHOLDERS(PlanPart.BASELINE),
	/** Influence, interest and engagement of each stakeholder (only with {@link #STAKEHOLDERS}). */
	STAKEHOLDER_RATINGS(PlanPart.BASELINE),
	/** The list of stakeholders invited to the kick-off. */
	KICKOFF_INVITED(PlanPart.KICKOFF),
	/** The owner (a person or team) of each line of the communication plan. */
	COMMUNICATION_OWNERS(PlanPart.COMMUNICATION);

	private final PlanPart part;

	PlanDetail(PlanPart part) {
		this.part = part;
	}

	public PlanPart part() {
		return part;
	}

}

package org.inclusivecities.platform.plan;

/** The sections of an action plan; each is edited, versioned and locked on its own. */
public enum PlanPart {

	COUNCIL("council", Council.class, Council.EMPTY),
	MISSION("mission", Mission.class, Mission.EMPTY),
	GOALS("goals", Goals.class, Goals.EMPTY),
	BASELINE("baseline", Baseline.class, Baseline.EMPTY),
	ACTIVITIES("activities", Activities.class, Activities.EMPTY),
	KICKOFF("kickoff", KickOff.class, KickOff.EMPTY),
	COMMUNICATION("communication", Communication.class, Communication.EMPTY);

	private final String slug;

	private final Class<? extends PartContent> type;

	private final PartContent empty;

	PlanPart(String slug, Class<? extends PartContent> type, PartContent empty) {
		this.slug = slug;
		this.type = type;
		this.empty = empty;
	}

	/** The field in the stored document, the page under /plan/ and the anchor on the overview. */
	public String slug() {
		return slug;
	}

	public Class<? extends PartContent> type() {
		return type;
	}

	PartContent empty() {
		return empty;
	}

	public static java.util.Optional<PlanPart> fromSlug(String slug) {
		for (PlanPart part : values()) {
			if (part.slug.equals(slug)) {
				return java.util.Optional.of(part);
			}
		}
		return java.util.Optional.empty();
	}

}

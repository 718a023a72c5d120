package org.inclusivecities.platform.plan;

import java.util.EnumMap;
import java.util.Map;

/** The content of every part at one moment: what a published version freezes. */
public record PlanSnapshot(Council council, Mission mission, Goals goals, Baseline baseline, Activities activities,
		KickOff kickoff, Communication communication) {

	public PlanSnapshot {
		council = council == null ? Council.EMPTY : council;
		mission = mission == null ? Mission.EMPTY : mission;
		goals = goals == null ? Goals.EMPTY : goals;
		baseline = baseline == null ? Baseline.EMPTY : baseline;
		activities = activities == null ? Activities.EMPTY : activities;
		kickoff = kickoff == null ? KickOff.EMPTY : kickoff;
		communication = communication == null ? Communication.EMPTY : communication;
	}

	public PartContent part(PlanPart part) {
		return switch (part) {
			case COUNCIL -> council;
			case MISSION -> mission;
			case GOALS -> goals;
			case BASELINE -> baseline;
			case ACTIVITIES -> activities;
			case KICKOFF -> kickoff;
			case COMMUNICATION -> communication;
		};
	}

	public Map<PlanPart, PartContent> parts() {
		Map<PlanPart, PartContent> parts = new EnumMap<>(PlanPart.class);
		for (PlanPart part : PlanPart.values()) {
			parts.put(part, part(part));
		}
		return parts;
	}

}

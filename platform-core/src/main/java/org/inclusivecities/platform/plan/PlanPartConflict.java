package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.Conflict;

import java.time.Instant;

/**
 * A part was saved from a stale version: someone else changed it first. Carries who, when and their content,
 * so the editor can compare and reapply; nothing was written.
 */
public class PlanPartConflict extends Conflict {

	private final PlanPart part;

	private final transient Section<? extends PartContent> current;

	public PlanPartConflict(PlanPart part, Section<? extends PartContent> current) {
		super("Part " + part + " changed since it was read (now version " + current.version() + ")",
				"refusal.plan.part", current.changedByName());
		this.part = part;
		this.current = current;
	}

	public PlanPart part() {
		return part;
	}

	public String changedBy() {
		return current.changedByName();
	}

	public Instant changedAt() {
		return current.changedAt();
	}

	public long currentVersion() {
		return current.version();
	}

	public PartContent currentContent() {
		return current.content();
	}

}

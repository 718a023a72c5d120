package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.Conflict;

import java.time.Instant;
import java.util.List;

/**
 * A part was saved from a stale version: someone else changed it first. Carries who, when and their content,
 * so the editor can compare and reapply; nothing was written.
 */
public class PlanPartConflict extends Conflict {

	private final PlanPart part;

	private final transient Section<? extends PartContent> current;

	private final transient PartContent merged;

	private final List<String> fields;

	/** A stale save that was not merged: every field may differ. */
	public PlanPartConflict(PlanPart part, Section<? extends PartContent> current) {
		this(part, current, current.content(), List.of());
	}

	/**
	 * A stale save whose {@code fields} were changed by both people; {@code merged} is the current content with the
	 * saver's other changes applied (nothing of it was written).
	 */
	PlanPartConflict(PlanPart part, Section<? extends PartContent> current, PartContent merged, List<String> fields) {
		super("Part " + part + " changed since it was read (now version " + current.version() + ")",
				"refusal.plan.part", current.changedByName());
		this.part = part;
		this.current = current;
		this.merged = merged;
		this.fields = List.copyOf(fields);
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

	/** The current content with the saver's non-conflicting changes applied: what a merged form starts from. */
	public PartContent mergedContent() {
		return merged;
	}

	/** The fields both people changed, by their name in the part's record; empty when the save was not merged. */
	public List<String> conflictingFields() {
		return fields;
	}

}

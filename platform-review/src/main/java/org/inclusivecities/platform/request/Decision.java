package org.inclusivecities.platform.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.scoring.Recommendation;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * The secretariat's decision with its reasons; conditions (with due dates, each tracked until met) when accredited
 * with conditions; a validity end and a verification code when accredited; an improvement plan (what to change, by
 * when) when "not yet", after which the city may resubmit.
 */
public record Decision(Recommendation outcome, String reasons, List<Condition> conditions, Instant decidedAt,
		String decidedBy, LocalDate validUntil, String certificateCode, List<Improvement> improvements) {

	/**
	 * Conditions without an id (new ones, and decisions stored before conditions were tracked) get their position as
	 * id ("c1", "c2", ...) on construction, so on read too. The list never changes order after the decision, so these
	 * ids are stable; the next save stores them.
	 */
	@PersistenceCreator
	public Decision {
		improvements = improvements == null ? List.of() : List.copyOf(improvements);
		List<Condition> numbered = new ArrayList<>();
		if (conditions != null) {
			for (int i = 0; i < conditions.size(); i++) {
				Condition c = conditions.get(i);
				numbered.add(c.id() == null || c.id().isBlank() ? c.withId("c" + (i + 1)) : c);
			}
		}
		conditions = List.copyOf(numbered);
	}

	/** A decision without an improvement plan (every accreditation, and "not yet" decisions stored before plans). */
	public Decision(Recommendation outcome, String reasons, List<Condition> conditions, Instant decidedAt,
			String decidedBy, LocalDate validUntil, String certificateCode) {
		this(outcome, reasons, conditions, decidedAt, decidedBy, validUntil, certificateCode, List.of());
	}

	public boolean accredits() {
		return outcome != Recommendation.NOT_YET;
	}

	public Optional<Condition> condition(String id) {
		return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	Decision with(Condition changed) {
		return new Decision(outcome, reasons,
				conditions.stream().map(c -> c.id().equals(changed.id()) ? changed : c).toList(), decidedAt, decidedBy,
				validUntil, certificateCode, improvements);
	}

	/** The earliest date by which the improvement plan asks for a change, if it has one. */
	public Optional<LocalDate> improveBy() {
		return improvements.stream().map(Improvement::dueBy).filter(d -> d != null).min(LocalDate::compareTo);
	}

	/** One point of a "not yet" decision's improvement plan: what the city should change, and by when. */
	public record Improvement(String text, LocalDate dueBy) {
	}

	/**
	 * A condition the city must meet by a date: open until the secretariat marks it met (on a date, with a note);
	 * overdue while open after its due date. {@code remindedOn} is when the city was reminded it falls due.
	 */
	public record Condition(String id, String text, LocalDate dueBy, LocalDate metOn, String metNote, String metBy,
			LocalDate remindedOn, LocalDate reportedOn, String reportNote, String reportedBy) {

		@PersistenceCreator
		public Condition {
		}

		public Condition(String id, String text, LocalDate dueBy, LocalDate metOn, String metNote, String metBy,
				LocalDate remindedOn) {
			this(id, text, dueBy, metOn, metNote, metBy, remindedOn, null, null, null);
		}

		public Condition(String text, LocalDate dueBy) {
			this(null, text, dueBy, null, null, null, null);
		}

		/** The city reported it done, with its evidence, and the secretariat has not confirmed it yet. */
		public boolean reported() {
			return reportedOn != null && !met();
		}

		public boolean met() {
			return metOn != null;
		}

		/** Open, met, or overdue (open after its due date) on the given day. */
		public ConditionState state(LocalDate today) {
			if (met()) {
				return ConditionState.MET;
			}
			if (reported()) {
				return ConditionState.REPORTED;
			}
			return dueBy != null && today.isAfter(dueBy) ? ConditionState.OVERDUE : ConditionState.OPEN;
		}

		Condition withId(String newId) {
			return new Condition(newId, text, dueBy, metOn, metNote, metBy, remindedOn, reportedOn, reportNote,
					reportedBy);
		}

		Condition metOn(LocalDate day, String note, String actorId) {
			return new Condition(id, text, dueBy, day, note, actorId, remindedOn, reportedOn, reportNote, reportedBy);
		}

		Condition remindedOn(LocalDate day) {
			return new Condition(id, text, dueBy, metOn, metNote, metBy, day, reportedOn, reportNote, reportedBy);
		}

		Condition reportedOn(LocalDate day, String evidence, String actorId) {
			return new Condition(id, text, dueBy, metOn, metNote, metBy, remindedOn, day, evidence, actorId);
		}

	}

}

package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a file does, row by row: a measurement is identified by its indicator and date, so a row is new
 * (no value on that date yet), changed (the value, source or note differ) or unchanged (importing it again is a no-op).
 */
public record ImportPreview(List<Row> rows) {

	public enum Change {
		NEW, CHANGED, UNCHANGED
	}

	/** One row of the file; {@code before} is the value recorded now (null when new). */
	public record Row(long line, String indicatorId, String indicatorName, String unit, LocalDate date, Double before,
			double value, Change change) {
	}

	public ImportPreview {
		rows = List.copyOf(rows);
	}

	public long count(Change change) {
		return rows.stream().filter(r -> r.change() == change).count();
	}

	public long added() {
		return count(Change.NEW);
	}

	public long updated() {
		return count(Change.CHANGED);
	}

	public long unchanged() {
		return count(Change.UNCHANGED);
	}

	/** Whether confirming would write anything. */
	public boolean changesAnything() {
		return added() + updated() > 0;
	}

}

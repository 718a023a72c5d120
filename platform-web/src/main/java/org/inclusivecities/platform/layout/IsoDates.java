package org.inclusivecities.platform.layout;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A day as typed in a date field (ISO, year-month-day) with a four-digit year: {@code LocalDate.parse} also
 * accepts extended years such as {@code +999999999-12-31}, which no calendar use needs and the database's date
 * type cannot hold, so such a value is refused like any other malformed date.
 */
public final class IsoDates {

	private static final int FIRST_YEAR = 1000;

	private static final int LAST_YEAR = 9999;

	private IsoDates() {
	}

	/** The day, or empty when the text is blank, not an ISO date, or outside the years 1000 to 9999. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(day);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}

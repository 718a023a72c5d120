package org.inclusivecities.platform.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times for templates, in the reader's language: {@code ${@planFormat.time(instant)}}. */
@Component("planFormat")
class PlanFormat {

	public String time(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(LocaleContextHolder.getLocale())
					.withZone(ZoneOffset.UTC)
					.format(instant) + " UTC";
	}

	public String date(LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale()).format(date);
	}

}

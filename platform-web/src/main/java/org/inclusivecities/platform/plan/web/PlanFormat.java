package org.inclusivecities.platform.plan.web;

import java.time.Instant;
import java.time.LocalDate;

import org.inclusivecities.platform.layout.Figures;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times of the plan's PDFs and pages, in the reader's language, through {@link Figures}. */
@Component("planFormat")
class PlanFormat {

	/** A moment through the one formatter: in the network's zone, with the zone shown. */
	public String time(Instant instant) {
		return Figures.dateTime(instant, LocaleContextHolder.getLocale());
	}

	public String date(LocalDate date) {
		return Figures.date(date, LocaleContextHolder.getLocale());
	}

}

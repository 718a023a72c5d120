package org.inclusivecities.platform.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats instants for pages, in the reader's language and the secretariat's time zone: {@code ${@moments.format(x)}}. */
@Component("moments")
public class Moments {

	static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	public String format(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(ZONE));
	}

}

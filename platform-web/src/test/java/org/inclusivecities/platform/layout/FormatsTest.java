package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one number and date formatter, and no template formatting around it. */
class FormatsTest {

	static final Locale EN = Locale.ENGLISH;

	static final Locale NL = Locale.of("nl");

	/** Formatting that bypasses {@code #formats}: Thymeleaf's own utilities and the formatters it replaced. */
	static final Pattern BYPASS = Pattern.compile("#temporals\\.|#dates\\.|#numbers\\.(?!sequence\\()|#calendars\\."
			+ "|@moments\\.|@planFormat\\.|@figures\\.");

	@Test
	void countsNeverShowDecimalsAndFractionsShowTheirsInTheReadersNotation() {
		assertThat(Figures.number(14.0, EN)).isEqualTo("14");
		assertThat(Figures.number(14.0, NL)).isEqualTo("14");
		assertThat(Figures.number(12.5, NL)).isEqualTo("12,5");
		assertThat(Figures.number(265_000L, EN)).isEqualTo("265,000");
		assertThat(Figures.number(265_000L, NL)).isEqualTo("265.000");
		assertThat(Figures.number(null, EN)).isEmpty();
	}

	@Test
	void oneDateStyleAndMomentsInTheNetworksZoneWithTheZoneShown() {
		LocalDate day = LocalDate.of(2026, 12, 3);
		assertThat(Figures.date(day, EN)).isEqualTo("3 December 2026");
		assertThat(Figures.date(day, NL)).isEqualTo("3 december 2026");
		assertThat(Figures.day(day, NL)).isEqualTo("donderdag 3 december 2026");
		Instant late = Instant.parse("2026-12-03T23:30:00Z");
		assertThat(Figures.date(late, EN)).as("a moment falls on its day in the network's zone").isEqualTo("4 December 2026");
		assertThat(Figures.dateTime(late, EN)).isEqualTo("4 December 2026, 00:30 CET");
		assertThat(Figures.dateTime(Instant.parse("2026-07-01T12:00:00Z"), NL)).isEqualTo("1 juli 2026, 14:00 CEST");
		ZonedDateTime lisbon = ZonedDateTime.of(2026, 7, 1, 18, 0, 0, 0, ZoneId.of("Europe/Lisbon"));
		assertThat(Figures.dayTime(lisbon, EN)).as("a meeting keeps its own zone, which its page names")
			.isEqualTo("Wednesday 1 July 2026, 18:00");
		assertThat(Figures.time(LocalTime.of(19, 0), NL)).isEqualTo("19:00");
	}

	@Test
	void templatesAndMailsFormatOnlyThroughFormats() throws IOException {
		List<String> bypasses;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			bypasses = files.filter(p -> p.toString().endsWith(".html")).flatMap(FormatsTest::bypasses).toList();
		}
		assertThat(bypasses).as("use #formats.number/date/day/time/dateTime/dayTime").isEmpty();
	}

	private static Stream<String> bypasses(Path template) {
		try {
			String text = Files.readString(template);
			Matcher m = BYPASS.matcher(text);
			List<String> found = new java.util.ArrayList<>();
			while (m.find()) {
				found.add(template + ": " + text.substring(m.start(), Math.min(text.length(), m.start() + 40)));
			}
			return found.stream();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theScanFindsABypass() {
		assertThat(BYPASS.matcher("${#temporals.format(d, 'd MMMM')}").find()).isTrue();
		assertThat(BYPASS.matcher("${#numbers.formatDecimal(x, 1, 2)}").find()).isTrue();
		assertThat(BYPASS.matcher("${#numbers.sequence(0, 3)}").find()).isFalse();
	}

}

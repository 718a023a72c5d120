package org.inclusivecities.platform.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import org.springframework.stereotype.Component;

/**
 * Writes calendar events as iCalendar (ical4j: escaping, folding) and as an Atom feed (Rome). DTSTAMP comes from
 * the platform clock; all-day events end the day after their last day, as RFC 5545 wants; timed events are written
 * in UTC, so every client shows them at the right local time without a time zone definition; activities with local
 * times of day are written as floating times.
 */
@Component
public class CalendarFeeds {

	static final String PRODUCT = "-//Inclusive Cities//Recovery calendar//EN";

	private final Clock clock;

	CalendarFeeds(Clock clock) {
		this.clock = clock;
	}

	public String icalendar(List<CalendarEvent> events, String base) {
		Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
		DtStamp stamp = new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		for (CalendarEvent e : events) {
			VEvent event = e.timed() ? new VEvent(e.startsAt().toInstant(), e.endsAt().toInstant(), e.title())
					: e.localTimes() ? local(e) : new VEvent(e.startDate(), e.endDate().plusDays(1), e.title());
			event.add(new Uid(e.uid()));
			event.replace(stamp);
			event.add(new Location(e.location()));
			if (e.description() != null) {
				event.add(new Description(e.description()));
			}
			if (e.located()) {
				event.add(new Geo(BigDecimal.valueOf(e.latitude()), BigDecimal.valueOf(e.longitude())));
			}
			event.add(new Url(java.net.URI.create(profile(base, e))));
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Local times of day, as floating times (RFC 5545 §3.3.5): 19:00 wherever the activity takes place. */
	private static VEvent local(CalendarEvent e) {
		java.time.LocalDateTime start = e.startDate().atTime(e.fromTime());
		return e.untilTime() == null ? new VEvent(start, e.title())
				: new VEvent(start, e.endDate().atTime(e.untilTime()), e.title());
	}

	public String atom(List<CalendarEvent> events, String base, String title, String description,
			java.util.function.Function<CalendarEvent, String> text) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setDescription(description);
		feed.setLink(base + "/events");
		feed.setUri(base + "/events.atom");
		List<SyndEntry> entries = new ArrayList<>();
		Date updated = null;
		for (CalendarEvent e : events) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setTitle(e.title());
			entry.setLink(profile(base, e));
			entry.setUri("urn:inclusive-cities:" + e.uid());
			entry.setAuthor(e.cityName());
			entry.setPublishedDate(Date.from(e.firstPublishedAt()));
			entry.setUpdatedDate(Date.from(e.firstPublishedAt()));
			SyndContent content = new SyndContentImpl();
			content.setType("text");
			content.setValue(text.apply(e));
			entry.setDescription(content);
			entries.add(entry);
			if (updated == null || updated.before(entry.getUpdatedDate())) {
				updated = entry.getUpdatedDate();
			}
		}
		feed.setEntries(entries);
		feed.setPublishedDate(updated == null ? new Date(0) : updated);
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Atom feed could not be written", ex);
		}
	}

	private static String profile(String base, CalendarEvent e) {
		return base + e.path();
	}

}

package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A gathering of the network announced by the secretariat ({@code cityId} null) or by a city (its {@code cityId}):
 * times are kept as instants with the zone they were announced in, so every reader sees the organiser's local time
 * and calendar clients get exact times. Created only through {@link #announce}, which refuses what
 * {@link EventDetails#problems} names.
 */
@Document("network_events")
public class NetworkEvent {

	@Id
	private String id;

	private String cityId;

	private String organiserName;

	private EventKind kind;

	private String title;

	private String description;

	private Instant startsAt;

	private Instant endsAt;

	private String zone;

	private boolean online;

	private String link;

	private String place;

	private Double latitude;

	private Double longitude;

	private String language;

	private int capacity;

	private boolean registrationOpen;

	private Instant announcedAt;

	@Version
	private Long version;

	NetworkEvent() {
	}

	/**
	 * A new, open event of the secretariat ({@code cityId} null) or of a city.
	 * @throws InvalidNetworkEvent on the first field {@link EventDetails#problems} names
	 */
	public static NetworkEvent announce(EventDetails details, String cityId, String organiserName, Instant now) {
		Map<String, String> problems = details.problems(now);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new InvalidNetworkEvent(first.getKey(), first.getValue());
		}
		NetworkEvent event = new NetworkEvent();
		event.cityId = cityId;
		event.organiserName = organiserName;
		event.kind = details.kind();
		event.title = details.title().strip();
		event.description = details.description().strip();
		event.startsAt = details.start().toInstant();
		event.endsAt = details.end().toInstant();
		event.zone = details.zone().getId();
		event.online = details.online();
		event.link = details.online() ? details.link().strip() : null;
		event.place = details.online() ? null : details.place().strip();
		event.latitude = details.online() ? null : details.latitude();
		event.longitude = details.online() ? null : details.longitude();
		event.language = details.language().strip().toLowerCase(Locale.ROOT);
		event.capacity = details.capacity();
		event.registrationOpen = true;
		event.announcedAt = now;
		return event;
	}

	/** Whether the event's registration still takes people (open, and the event has not begun). */
	public boolean takesRegistrations(Instant now) {
		return registrationOpen && now.isBefore(startsAt);
	}

	public ZonedDateTime start() {
		return startsAt.atZone(ZoneId.of(zone));
	}

	public ZonedDateTime end() {
		return endsAt.atZone(ZoneId.of(zone));
	}

	/** Whether the secretariat (not a city) organises it. */
	public boolean bySecretariat() {
		return cityId == null;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public String getOrganiserName() {
		return organiserName;
	}

	public EventKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getZone() {
		return zone;
	}

	public boolean isOnline() {
		return online;
	}

	public String getLink() {
		return link;
	}

	public String getPlace() {
		return place;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public String getLanguage() {
		return language;
	}

	public int getCapacity() {
		return capacity;
	}

	public boolean isRegistrationOpen() {
		return registrationOpen;
	}

	public Instant getAnnouncedAt() {
		return announcedAt;
	}

}

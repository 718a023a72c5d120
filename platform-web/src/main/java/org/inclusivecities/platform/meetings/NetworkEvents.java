package org.inclusivecities.platform.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The network's events as their organiser reads and changes them: every method takes the organiser, {@code cityId}
 * (null for the secretariat's own), so a city never finds another city's event nor the secretariat's. The public,
 * network-wide listing is a separate read, {@link PublicMeetings}.
 */
interface NetworkEvents extends Repository<NetworkEvent, String> {

	NetworkEvent save(NetworkEvent event);

	Optional<NetworkEvent> findByCityIdAndId(String cityId, String id);

	List<NetworkEvent> findAllByCityIdOrderByStartsAtDesc(String cityId);

}

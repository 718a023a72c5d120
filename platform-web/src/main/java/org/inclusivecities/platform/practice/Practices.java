package org.inclusivecities.platform.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** A city's own practices, every read scoped by city. Public reads go through {@link PublishedPractices}. */
public interface Practices extends Repository<Practice, String> {

	Practice save(Practice practice);

	Optional<Practice> findByCityIdAndId(String cityId, String id);

	List<Practice> findAllByCityIdOrderByUpdatedAtDesc(String cityId);

}

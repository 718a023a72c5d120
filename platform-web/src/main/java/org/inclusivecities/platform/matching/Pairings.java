package org.inclusivecities.platform.matching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The pairings, always read through one of their two cities: every method takes the city ({@code cityId}), which
 * must be one of the pairing's {@code cityIds}; a third city finds nothing.
 */
interface Pairings extends Repository<Pairing, String> {

	Pairing save(Pairing pairing);

	@Query("{ 'cityIds': ?0, '_id': ?1 }")
	Optional<Pairing> findByCityIdAndId(String cityId, String id);

	@Query(value = "{ 'cityIds': ?0 }", sort = "{ 'askedAt': -1 }")
	List<Pairing> findAllByCityId(String cityId);

	@Query(value = "{ 'openKey': { $exists: true }, 'cityIds': { $all: [?0, ?1] } }", exists = true)
	boolean existsOpenBetween(String cityId, String otherCityId);

}

package org.inclusivecities.platform.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * People with accounts. A person is not owned by one city (they can belong to several), so lookups by id
 * or email are global; listing the members of a city is city-scoped.
 */
public interface People extends Repository<Person, String> {

	Person save(Person person);

	Optional<Person> findById(String id);

	Optional<Person> findByEmail(String email);

	/** Display names of these people, in one query that reads nothing else of them. */
	List<DisplayName> findDisplayNamesByIdIn(Collection<String> ids);

	boolean existsByEmail(String email);

	boolean existsByNetworkAdminTrue();

	List<Person> findAllByNetworkAdminTrue();

	@Query("{ 'memberships.cityId': ?0 }")
	Page<Person> findAllByCityId(String cityId, Pageable pageable);

	@Query("{ '_id': ?1, 'memberships.cityId': ?0 }")
	Optional<Person> findByCityIdAndId(String cityId, String id);

	long count();

}

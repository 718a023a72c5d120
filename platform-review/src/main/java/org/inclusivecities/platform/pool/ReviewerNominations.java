package org.inclusivecities.platform.pool;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** A city's own nominations (tenant repository: every method takes the city). */
public interface ReviewerNominations extends Repository<ReviewerNomination, String> {

	ReviewerNomination save(ReviewerNomination nomination);

	Optional<ReviewerNomination> findByCityIdAndId(String cityId, String id);

	Optional<ReviewerNomination> findByCityIdAndPersonId(String cityId, String personId);

	List<ReviewerNomination> findAllByCityId(String cityId);

}

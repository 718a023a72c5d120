package org.inclusivecities.platform.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The adoptions a city recorded. Who adopted a practice (across cities) is read by {@link PublishedPractices}. */
public interface Adoptions extends Repository<Adoption, String> {

	Adoption save(Adoption adoption);

	Optional<Adoption> findByCityIdAndPracticeId(String cityId, String practiceId);

	List<Adoption> findAllByCityIdOrderByAdoptedAtDesc(String cityId);

}

package org.inclusivecities.platform.practice;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The adoptions a city recorded. Who adopted a practice (across cities) is read by {@link PublishedPractices}. */
public interface Adoptions extends Repository<Adoption, String> {

	Adoption save(Adoption adoption);

	boolean existsByCityIdAndPracticeId(String cityId, String practiceId);

	List<Adoption> findAllByCityId(String cityId);

}

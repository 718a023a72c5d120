package org.inclusivecities.platform.plan.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** A city's indicators; every query names the city. */
public interface Indicators extends Repository<Indicator, String> {

	Indicator save(Indicator indicator);

	Optional<Indicator> findByCityIdAndId(String cityId, String id);

	List<Indicator> findAllByCityId(String cityId);

	long countByCityId(String cityId);

	long deleteByCityIdAndId(String cityId, String id);

}

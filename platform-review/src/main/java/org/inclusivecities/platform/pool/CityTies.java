package org.inclusivecities.platform.pool;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The ties a city declared (tenant repository: every method takes the city). */
public interface CityTies extends Repository<CityTie, String> {

	CityTie save(CityTie tie);

	List<CityTie> findAllByCityId(String cityId);

	boolean existsByCityIdAndOtherCityId(String cityId, String otherCityId);

	Optional<CityTie> findByCityIdAndId(String cityId, String id);

	long deleteByCityIdAndId(String cityId, String id);

}

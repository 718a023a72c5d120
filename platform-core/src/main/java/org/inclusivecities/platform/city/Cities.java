package org.inclusivecities.platform.city;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** All cities. A city is the tenant itself, so this repository is not city-scoped. */
public interface Cities extends Repository<City, String> {

	City save(City city);

	Optional<City> findById(String id);

	Optional<City> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<City> findAllByIdIn(Collection<String> ids);

	Page<City> findAllByStatusIn(Collection<CityStatus> statuses, Pageable pageable);

	/** Cities in these statuses with a word of the name starting with the folded prefix ({@link CityNames#fold}). */
	Page<City> findAllByStatusInAndSearchKeysStartingWith(Collection<CityStatus> statuses, String prefix,
			Pageable pageable);

	long countByStatus(CityStatus status);

	long count();

	/** The listed city a record merged into another now stands for, following merges of merges; empty otherwise. */
	default Optional<City> survivorOf(City city) {
		City current = city;
		for (int hops = 0; hops < 10 && current.getStatus() == CityStatus.MERGED; hops++) {
			current = findById(current.getMergedInto()).orElse(null);
			if (current == null) {
				return Optional.empty();
			}
		}
		return current == city || !CityStatus.LISTED.contains(current.getStatus()) ? Optional.empty()
				: Optional.of(current);
	}

	/** The address of the listed city that the address of a merged record now leads to. */
	default Optional<String> mergedAddress(String slug) {
		return findBySlug(slug).filter(city -> city.getStatus() == CityStatus.MERGED)
			.flatMap(this::survivorOf)
			.map(City::getSlug);
	}

}

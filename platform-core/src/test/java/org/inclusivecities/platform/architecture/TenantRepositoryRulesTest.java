package org.inclusivecities.platform.architecture;

import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.testing.TenantRepositoryRules;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

class TenantRepositoryRulesTest {

	static class Owned {

		String id;

		String cityId;

	}

	static class Shared {

		String id;

		java.util.List<String> cityIds;

	}

	interface LeakyShareds extends Repository<Shared, String> {

		Optional<Shared> findById(String id);

	}

	static class Global {

		String id;

	}

	interface ScopedOwneds extends Repository<Owned, String> {

		Owned save(Owned owned);

		Optional<Owned> findByCityIdAndId(String cityId, String id);

	}

	interface SecretariatOwneds extends Repository<Owned, String> {

		@org.inclusivecities.platform.city.CrossCity("the secretariat's queue")
		java.util.List<Owned> findAllByOrderByIdAsc();

	}

	interface LeakyOwneds extends Repository<Owned, String> {

		Optional<Owned> findById(String id);

	}

	interface CrudOwneds extends MongoRepository<Owned, String> {

	}

	interface Globals extends Repository<Global, String> {

		Optional<Global> findById(String id);

	}

	@Test
	void acceptsCityScopedRepositoriesAndIgnoresGlobalDocuments() {
		assertThat(TenantRepositoryRules.violations(List.of(ScopedOwneds.class, Globals.class, SecretariatOwneds.class)))
			.isEmpty();
	}

	@Test
	void refusesAnUnscopedFinderOrACrudRepositoryOnTenantData() {
		assertThat(TenantRepositoryRules.violations(List.of(LeakyOwneds.class)))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("findById has no cityId parameter");
		assertThat(TenantRepositoryRules.violations(List.of(CrudOwneds.class)))
			.anySatisfy(problem -> assertThat(problem).contains("extends CrudRepository"));
	}

	@Test
	void aDocumentSharedByAFewCitiesIsTenantDataToo() {
		assertThat(TenantRepositoryRules.violations(List.of(LeakyShareds.class)))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("findById has no cityId parameter");
	}

}

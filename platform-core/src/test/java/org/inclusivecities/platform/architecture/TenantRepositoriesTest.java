package org.inclusivecities.platform.architecture;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenant repositories of plan and monitoring cannot grow an unscoped query: every method either saves a
 * document (which carries its cityId) or is a query by cityId with the city id as first parameter; and none
 * extends MongoRepository (which would bring findAll/findById).
 */
class TenantRepositoriesTest {

	private static final Set<String> WRITES = Set.of("save", "insert");

	static final ArchRule cityScopedMethods = classes().that()
		.resideInAnyPackage("org.inclusivecities.platform.plan..", "org.inclusivecities.platform.monitoring..")
		.and()
		.areAssignableTo(Repository.class)
		.should(declareOnlyCityScopedMethods());

	static final ArchRule noMongoRepository = noClasses().that()
		.resideInAnyPackage("org.inclusivecities.platform.plan..", "org.inclusivecities.platform.monitoring..")
		.should()
		.beAssignableTo(MongoRepository.class);

	@Test
	void planAndMonitoringRepositoriesAreCityScoped() {
		JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.inclusivecities.platform.plan", "org.inclusivecities.platform.monitoring");
		assertThat(production.stream().filter(c -> c.isAssignableTo(Repository.class)).count()).isGreaterThanOrEqualTo(4);
		cityScopedMethods.check(production);
		noMongoRepository.check(production);
	}

	@Test
	void theRuleCatchesAnUnscopedMethodAndMongoRepository() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(LeakyRepository.class, GreedyRepository.class);
		ArchRule scoped = classes().that().areAssignableTo(Repository.class).should(declareOnlyCityScopedMethods());
		ArchRule mongo = noClasses().should().beAssignableTo(MongoRepository.class);
		assertThatThrownBy(() -> scoped.check(fixtures)).hasMessageContaining("findByName");
		assertThatThrownBy(() -> mongo.check(fixtures)).hasMessageContaining("GreedyRepository");
	}

	static ArchCondition<JavaClass> declareOnlyCityScopedMethods() {
		return new ArchCondition<>("declare only methods scoped by cityId") {
			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				for (JavaMethod method : repository.getMethods()) {
					if (!cityScoped.test(method)) {
						events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " has no cityId as first parameter"));
					}
				}
			}
		};
	}

	private static final DescribedPredicate<JavaMethod> cityScoped = DescribedPredicate.describe("city scoped",
			method -> {
				if (WRITES.contains(method.getName()) && method.getRawParameterTypes().size() == 1) {
					return true;
				}
				return method.getName().contains("ByCityId") && !method.getRawParameterTypes().isEmpty()
						&& method.getRawParameterTypes().get(0).isEquivalentTo(String.class);
			});

	interface LeakyRepository extends Repository<Object, String> {

		Object findByCityIdAndId(String cityId, String id);

		Object findByName(String name);

	}

	interface GreedyRepository extends MongoRepository<Object, String> {

	}

}

package org.inclusivecities.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The web edge reaches data only through the features' services, repositories and read models, which keep every
 * query city-scoped: no controller, and nothing in a feature's {@code web} package, touches the database directly.
 */
class WebArchitectureTest {

	private final JavaClasses platform = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.inclusivecities.platform");

	@Test
	void controllersNeverTouchTheDatabaseDirectly() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.resideInAPackage("..web..")
			.or()
			.resideInAPackage("org.inclusivecities.platform.accreditation..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(MongoOperations.class)
			.because("tenant data is read through city-scoped repositories and services, never past them")
			.check(platform);
	}

	/**
	 * Tests read the time from the application's clock. {@code MovableClock} is a clock; the others are still to be
	 * moved to it (fixtures made without the context's clock): none may be added.
	 */
	@Test
	void testsReadTheTimeFromTheApplicationsClock() {
		java.util.Set<String> clocksAndPending = java.util.Set.of("HarnessClock", "SystemTimeRulesTest", "MovableClock", "Fixtures",
				"MatchingNetwork", "SecretariatFixture", "MeetingFixtures", "TwoInstancesIntegrationTest");
		org.assertj.core.api.Assertions
			.assertThat(org.inclusivecities.platform.testing.SystemTimeRules.violations("org.inclusivecities.platform",
					clocksAndPending))
			.isEmpty();
	}

}

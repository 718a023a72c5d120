package org.inclusivecities.platform.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.inclusivecities.platform.testing.SystemTimeRules;
import org.inclusivecities.platform.testing.TenantRepositoryRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** platform-core is plain domain, persistence and services: no web, templates or security. */
class CoreArchitectureTest {

	private final com.tngtech.archunit.core.domain.JavaClasses core = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.inclusivecities.platform");

	@Test
	void coreKnowsNothingOfTheWebTemplatesOrSecurity() {
		ArchRule rule = noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.security..", "org.thymeleaf..",
					"jakarta.servlet..");
		rule.check(core);
	}

	@Test
	void noLayeredTopLevelPackages() {
		noClasses().should()
			.resideInAnyPackage("org.inclusivecities.platform.controller..", "org.inclusivecities.platform.service..",
					"org.inclusivecities.platform.repository..")
			.allowEmptyShould(true)
			.check(core);
	}

	@Test
	void tenantRepositoriesOnlyHaveCityScopedMethods() {
		assertThat(TenantRepositoryRules.violations("org.inclusivecities.platform")).isEmpty();
	}

	@Test
	void testsReadTheTimeFromTheApplicationsClock() {
		assertThat(SystemTimeRules.violations("org.inclusivecities.platform", java.util.Set.of("HarnessClock", "SystemTimeRulesTest"))).isEmpty();
	}

}

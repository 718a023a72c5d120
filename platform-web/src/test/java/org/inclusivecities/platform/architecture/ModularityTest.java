package org.inclusivecities.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.inclusivecities.platform.PlatformApplication;
import org.inclusivecities.platform.testing.TenantRepositoryRules;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feature packages are modules: no cycles, no reaching into another feature's internals (module events included:
 * a listener depends on the module whose event it takes); and the tenancy rule for repositories holds across core,
 * review and web. The modules' documentation (diagrams, module canvases with their events) is written into the
 * build output, {@code target/spring-modulith-docs}, not committed.
 */
class ModularityTest {

	/** The modules of the application's own code: tests (also those of core's test-jar on this class path) aside. */
	private static final ApplicationModules modules = ApplicationModules.of(PlatformApplication.class,
			JavaClass.Predicates.simpleNameEndingWith("Test"));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void documentationOfTheModulesIsWrittenIntoTheBuild() {
		new Documenter(modules).writeDocumentation();
		assertThat(java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
	}

	@Test
	void tenantRepositoriesOfEveryModuleOnlyHaveCityScopedMethods() {
		assertThat(TenantRepositoryRules.violations("org.inclusivecities.platform")).isEmpty();
	}

}

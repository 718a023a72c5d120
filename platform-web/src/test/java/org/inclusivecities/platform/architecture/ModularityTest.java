package org.inclusivecities.platform.architecture;

import org.inclusivecities.platform.PlatformApplication;
import org.inclusivecities.platform.testing.TenantRepositoryRules;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feature packages are modules: no cycles, no reaching into another feature's internals; and the tenancy
 * rule for repositories holds across core, review and web.
 */
class ModularityTest {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(PlatformApplication.class).verify();
	}

	@Test
	void tenantRepositoriesOfEveryModuleOnlyHaveCityScopedMethods() {
		assertThat(TenantRepositoryRules.violations("org.inclusivecities.platform")).isEmpty();
	}

}

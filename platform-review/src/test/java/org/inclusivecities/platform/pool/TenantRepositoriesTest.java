package org.inclusivecities.platform.pool;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenant repositories of review expose city-scoped methods only. */
class TenantRepositoriesTest {

	@Test
	void everyQueryMethodTakesTheCity() {
		for (Class<?> repository : new Class<?>[] { ReviewerNominations.class, CityTies.class,
				org.inclusivecities.platform.request.AccreditationRequests.class }) {
			for (Method method : repository.getDeclaredMethods()) {
				if (method.getName().equals("save")) {
					continue;
				}
				assertThat(method.getName()).as(repository.getSimpleName()).contains("ByCityId");
				assertThat(method.getParameterTypes()).as(method.getName()).isNotEmpty();
				assertThat(method.getParameterTypes()[0]).as(method.getName()).isEqualTo(String.class);
			}
		}
	}

}

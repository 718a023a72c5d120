package org.inclusivecities.platform.changefeed;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class OtherInstancesTest {

	@Test
	void onlyAnExternalDatabaseMayHaveOtherWriters() {
		assertThat(new OtherInstances(new MockEnvironment()).possible()).as("embedded").isFalse();
		assertThat(new OtherInstances(new MockEnvironment().withProperty("spring.mongodb.uri", " ")).possible())
			.isFalse();
		assertThat(new OtherInstances(
				new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://db-1,db-2/platform")).possible())
			.as("external").isTrue();
	}

	@Test
	void thePropertyOverrides() {
		assertThat(new OtherInstances(new MockEnvironment().withProperty(OtherInstances.PROPERTY, "true")).possible())
			.isTrue();
		assertThat(new OtherInstances(new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://db/platform")
			.withProperty(OtherInstances.PROPERTY, "false")).possible()).isFalse();
	}

}

package org.inclusivecities.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at its own database on the server {@link TestDatabase} chose. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		// a real database URI means production to the web module, which then needs to know its own address
		// (platform.web.allowed-hosts or base-url); tests answer on localhost
		TestPropertyValues
			.of("spring.mongodb.uri=" + TestDatabase.newDatabaseUri(), "platform.web.allowed-hosts=localhost,127.0.0.1")
			.applyTo(context);
	}

}

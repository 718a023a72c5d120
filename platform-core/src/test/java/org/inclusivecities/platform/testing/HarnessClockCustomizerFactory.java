package org.inclusivecities.platform.testing;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every {@link PlatformIntegrationTest} context a {@link HarnessClock} as the application's clock, registered before
 * the configuration is read, so the platform's own {@code Clock} bean (conditional on none) steps aside. A test that
 * declares its own {@code @Primary} clock still wins. The same customizer for every class: contexts stay shareable.
 */
public class HarnessClockCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		Class<?> topLevel = testClass;
		while (topLevel.getEnclosingClass() != null) {
			topLevel = topLevel.getEnclosingClass();
		}
		return MergedAnnotations.from(topLevel, SearchStrategy.TYPE_HIERARCHY).isPresent(PlatformIntegrationTest.class)
				? new RegisterHarnessClock() : null;
	}

	private record RegisterHarnessClock() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			context.getBeanFactory().registerSingleton("clock", new HarnessClock());
		}

	}

}

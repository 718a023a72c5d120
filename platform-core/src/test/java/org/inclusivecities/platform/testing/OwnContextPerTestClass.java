package org.inclusivecities.platform.testing;

import java.util.List;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Every {@link PlatformIntegrationTest} class gets its own application context, hence its own database
 * ({@link TestDatabaseInitializer}): a test class never sees another class's cities, people or indexes, so
 * its assertions cannot depend on which other tests ran first. Nested classes share their outer class's. A class
 * marked {@link SharesContext} opts out: it is isolated by its data alone and shares the context of its configuration.
 */
public class OwnContextPerTestClass implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		Class<?> topLevel = testClass;
		while (topLevel.getEnclosingClass() != null) {
			topLevel = topLevel.getEnclosingClass();
		}
		boolean platformTest = MergedAnnotations.from(topLevel, SearchStrategy.TYPE_HIERARCHY)
			.isPresent(PlatformIntegrationTest.class);
		boolean shares = MergedAnnotations.from(topLevel, SearchStrategy.TYPE_HIERARCHY).isPresent(SharesContext.class);
		return platformTest && !shares ? new OwnContext(topLevel) : null;
	}

	/** Part of the context cache key: equal only for the same test class. */
	private record OwnContext(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration mergedConfig) {
			// nothing to change: being part of the cache key is the point
		}

	}

}

package org.inclusivecities.platform.routing;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native library once per JVM: the ortools-java jar brings it for each platform and
 * {@link Loader} unpacks it from the classpath (also from inside the Spring Boot jar) into a temporary folder.
 * The first call in a JVM takes a few hundred milliseconds (unpacking); later calls return at once.
 */
final class OrTools {

	private static volatile boolean loaded;

	private OrTools() {
	}

	static void load() {
		if (!loaded) {
			synchronized (OrTools.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

}

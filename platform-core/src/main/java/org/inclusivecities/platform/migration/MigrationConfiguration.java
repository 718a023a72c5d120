package org.inclusivecities.platform.migration;

import io.mongock.runner.springboot.EnableMongock;

import org.springframework.context.annotation.Configuration;

/**
 * Runs the change units of this package with Mongock (settings in platform-core-defaults.properties):
 * once per database, in {@code order}, before the application serves requests, recorded in
 * {@code mongockChangeLog}; while one instance migrates, the others wait on Mongock's lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongock
class MigrationConfiguration {

}

package org.inclusivecities.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link PlatformIntegrationTest} class that shares its application context (and database) with every other
 * marked class of the same configuration, instead of booting its own: the class seeds data no other class uses
 * (its own slugs and addresses) and asserts nothing about the network as a whole (no totals, no "the only city").
 * A context boot costs seconds; the suite runs about a hundred integration classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SharesContext {

}

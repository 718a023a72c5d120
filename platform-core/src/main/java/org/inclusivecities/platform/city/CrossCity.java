package org.inclusivecities.platform.city;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository method on tenant-owned documents that deliberately reads across cities, with the
 * reason. Without it the architecture test refuses any such method that takes no {@code cityId}; with it
 * the exception is explicit, searchable and reviewed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CrossCity {

	/** Why this read may span cities (who calls it, what guards it). */
	String value();

}

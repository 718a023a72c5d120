package org.inclusivecities.platform.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that every member of the city, whatever their role, may use this write handler (for example to manage
 * their own reviewer nomination). The explicit counterpart of {@link RequiresRole}: a write handler under
 * {@code /my/cities/{slug}/…} carries one of the two, so nobody forgets to decide.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnyMember {

}

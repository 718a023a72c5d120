package org.inclusivecities.platform.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.inclusivecities.platform.people.Role;

/**
 * The roles (any of them) a member needs in the city of a {@code /my/cities/{slug}/…} handler. Declared on the
 * handler method (or on the controller for all of its handlers; a method's declaration wins) and enforced by the
 * {@link CityWorkspace} resolver before the handler runs: a member without any of these roles is answered like a
 * foreign city, 404. Handlers that change something must declare their roles: {@code TenancyRoutesIntegrationTest}
 * walks every route and fails on a write handler without a declaration.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresRole {

	Role[] value();

}

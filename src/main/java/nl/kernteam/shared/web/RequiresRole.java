package nl.kernteam.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.kernteam.shared.Role;

/**
 * Restricts a controller, or one of its endpoints, to actors with one of the given roles.
 * {@link RoleGuard} refuses everyone else with a 403 before the request's parameters or
 * body are read, so that a missing or malformed parameter never tells a caller more than
 * "not for you". The services check again.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresRole {

	/** Any one of these is enough. */
	Role[] value();

}

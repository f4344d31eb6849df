package nl.kernteam.household;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint under {@code /households/{id}} that someone outside the household's
 * network may reach: asking for emergency access, a privacy officer reading the access
 * log, a team lead handing the household over. Such an endpoint checks its own rule;
 * every other endpoint under a household is refused to outsiders before anything else
 * happens (see {@link HouseholdGuard}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OutsideNetwork {

}

package nl.kernteam.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form record whose page shows it again from its binding result, every value as
 * it was sent, even one that could not be read ({@link BoundForm}): a value that does not
 * fit its field's type (a date typed as text) is an error next to that field. Any other
 * form with such a value is refused as damaged ({@link DamagedFormsRefused}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KeepsUnreadableValues {

}

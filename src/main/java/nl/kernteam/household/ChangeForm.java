package nl.kernteam.household;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page under {@code /households/{id}} that is only a form to change the household
 * (add a professional, change the contact person, a step on a court order ...): the
 * household guard grants it as it grants the change itself, so that whoever may not make
 * the change (who only reads under emergency access; a core-team member on the legal
 * track, which the contact person, the director and the regional safety team record) is
 * refused the form, with the refusal logged, instead of filling it in to be refused when
 * sending it (see {@link HouseholdGuard}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChangeForm {

	/** The kind of data the form changes, as the access decision knows it. */
	HouseholdItem value() default HouseholdItem.HOUSEHOLD;

}

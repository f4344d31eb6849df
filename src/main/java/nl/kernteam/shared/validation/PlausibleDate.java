package nl.kernteam.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date that can be meant in a case file: from {@value #EARLIEST_YEAR} to
 * {@value #LATEST_YEAR}, so that year 0, year 10000 or a number read as a date is refused
 * before it reaches the database. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	int EARLIEST_YEAR = 1900;

	int LATEST_YEAR = 2200;

	String message() default "{validation.plausibleDate}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

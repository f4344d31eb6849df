package nl.kernteam.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A phone number as people write Dutch and foreign numbers: digits, spaces, dashes and
 * brackets, optionally after a {@code +}. Blank or {@code null} is valid (a phone number
 * is always optional); combine with {@code @Size} and
 * {@code @PlainText(singleLine = true)}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^(\\+?[0-9][0-9 ()-]{5,38})?$")
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

	@OverridesAttribute(constraint = Pattern.class, name = "message")
	String message() default "{validation.phoneNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

package nl.kernteam.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/**
 * The one rule for a reason someone gives (for involving, ending, handing over,
 * appointing, linking, breaking the glass): plain text of at most {@value #MAX_LENGTH}
 * characters. {@code null} is valid; where a reason is required, add {@code @NotBlank}
 * with the message that says which reason is missing.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = Reason.MAX_LENGTH)
@PlainText
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Reason {

	int MAX_LENGTH = 1000;

	@OverridesAttribute(constraint = Size.class, name = "message")
	String message() default "{validation.reason.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

package nl.kernteam.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The one password rule, for every form, request and method that takes a new password: at
 * least 12 characters (a sentence of a few words works well), at most 200, one line of
 * plain text. {@code null} is refused.
 */
@Documented
@Constraint(validatedBy = {})
@NotNull
@Size(min = 12, max = 200)
@PlainText(singleLine = true)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Password {

	@OverridesAttribute(constraint = NotNull.class, name = "message")
	@OverridesAttribute(constraint = Size.class, name = "message")
	String message() default "{identity.password.weak}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

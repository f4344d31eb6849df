package nl.kernteam.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A name a person can read: one line of {@link PlainText} with at least one letter or
 * digit, so that a name made only of control characters, NUL bytes, lone surrogates,
 * spaces or punctuation is refused. {@code null} is valid; combine with {@code @NotBlank}
 * where the name is required, and always with {@code @Size}.
 */
@Documented
@Constraint(validatedBy = ReadableNameValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadableName {

	String message() default "{validation.readableName}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

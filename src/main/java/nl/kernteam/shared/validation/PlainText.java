package nl.kernteam.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person wrote: no NUL or other control characters (line breaks and tabs are
 * allowed unless {@code singleLine}), no lone surrogates, no non-characters. {@code null}
 * is valid; combine with {@code @NotBlank} where the text is required, and always with
 * {@code @Size}.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/** Refuse line breaks and tabs too (a name, a title, a relation). */
	boolean singleLine() default false;

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

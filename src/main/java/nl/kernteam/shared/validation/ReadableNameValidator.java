package nl.kernteam.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ReadableNameValidator implements ConstraintValidator<ReadableName, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		// only spaces: left to @NotBlank where the name is required (other invisible
		// characters are refused)
		return value == null || value.chars().allMatch(c -> c == ' ') || TextRules.isReadableName(value);
	}

}

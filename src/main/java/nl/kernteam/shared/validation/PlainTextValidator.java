package nl.kernteam.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

	private boolean singleLine;

	@Override
	public void initialize(PlainText annotation) {
		this.singleLine = annotation.singleLine();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || TextRules.isPlain(value, singleLine);
	}

}

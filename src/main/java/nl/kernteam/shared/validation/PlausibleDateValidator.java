package nl.kernteam.shared.validation;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

	@Override
	public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
		return value == null || isPlausible(value);
	}

	static boolean isPlausible(LocalDate date) {
		return date.getYear() >= PlausibleDate.EARLIEST_YEAR && date.getYear() <= PlausibleDate.LATEST_YEAR;
	}

}

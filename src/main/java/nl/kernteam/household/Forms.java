package nl.kernteam.household;

import nl.kernteam.shared.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a refused command's problems on the form's fields; a problem without a field goes above the form. */
final class Forms {

	private Forms() {
	}

	static void reject(InvalidInputException e, BindingResult result) {
		for (var problem : e.problems()) {
			if (problem.field() == null || problem.field().isBlank()) {
				result.reject(problem.messageKey());
				continue;
			}
			try {
				result.rejectValue(problem.field(), problem.messageKey());
			}
			catch (NotReadablePropertyException notOnThisForm) {
				result.reject(problem.messageKey());
			}
		}
	}
}

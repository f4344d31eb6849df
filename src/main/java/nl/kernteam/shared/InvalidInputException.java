package nl.kernteam.shared;

import java.util.List;

/**
 * Input that failed a rule Bean Validation cannot express. Rendered as 400 with the field
 * errors; forms show each message next to its field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey) {
		this(List.of(new FieldProblem(field, messageKey)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** A field name as the client sent it, and a message key. */
	public record FieldProblem(String field, String messageKey) {
	}

}

package nl.kernteam.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into {@code application/problem+json}: 400 with
 * {@code errors} for invalid input, 403, 404, 409, and a 500 without internals only for
 * our own faults.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, text("error.notFound"), null);
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ResponseEntity<Object> forbidden(RuntimeException e) {
		String key = e instanceof ForbiddenException ? e.getMessage() : "error.forbidden";
		return problem(HttpStatus.FORBIDDEN, text(key), null);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, text(e.getMessage()), null);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ResponseEntity<Object> dataConflict(RuntimeException e) {
		return problem(HttpStatus.CONFLICT, text("error.conflict"), null);
	}

	/**
	 * A transaction the database gave up for now (two of them waiting for each other, a
	 * lock not to be had, too many locks at once): nothing was saved, and the same
	 * request later will do. 503 with {@code Retry-After}, not a 500.
	 */
	@ExceptionHandler(org.springframework.dao.TransientDataAccessException.class)
	ResponseEntity<Object> busy(RuntimeException e) {
		log.warn("A transaction gave way and can be sent again: {}", e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(HttpStatus.SERVICE_UNAVAILABLE, text("error.busy"), null));
	}

	/**
	 * Input that passed our checks but not the database's (a date beyond its range, a
	 * reference to nothing): the client's input, so a 400 and not a 500.
	 */
	@ExceptionHandler({ org.springframework.dao.DataIntegrityViolationException.class,
			java.time.DateTimeException.class })
	ResponseEntity<Object> refusedByTheDatabase(RuntimeException e) {
		log.debug("Input refused by the database", e);
		return problem(HttpStatus.BAD_REQUEST, text("error.invalid"), null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalid(InvalidInputException e) {
		var errors = e.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message", text(p.messageKey())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("error.invalid"), errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
		var errors = e.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", Forms.field(v.getPropertyPath()), "message", v.getMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("error.invalid"), errors);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e) {
		log.error("Unexpected failure of an API call", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"), null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = e.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList();
		return problem(HttpStatus.BAD_REQUEST, text("error.invalid"), errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = e.getAllErrors()
			.stream()
			.map(error -> Map.of("field", error instanceof FieldError f ? f.getField() : "", "message",
					messages.getMessage(error, locale())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("error.invalid"), errors);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// Spring's own problems (unreadable JSON, wrong method, unknown path, ...): keep
		// the status, drop internals.
		var problem = ProblemDetail.forStatus(status);
		problem.setTitle(HttpStatus.valueOf(status.value()).getReasonPhrase());
		problem.setDetail(status.is4xxClientError() ? text("error.badRequest." + status.value(), "error.invalid")
				: text("error.unexpected"));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", messages.getMessage(error, locale()));
	}

	private ResponseEntity<Object> problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(status, detail, errors));
	}

	private static ProblemDetail body(HttpStatus status, String detail, List<Map<String, String>> errors) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale());
	}

	private String text(String key, String fallbackKey) {
		return messages.getMessage(key, null, text(fallbackKey), locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}

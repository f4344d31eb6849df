package nl.kernteam.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders failures of page requests as a page (or, for htmx, as a fragment): 400, 403,
 * 404, 409 and 503 in plain words, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageProblems {

	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	private final List<LayoutAttributes> layout;

	PageProblems(ObjectProvider<LayoutAttributes> layout) {
		this.layout = layout.orderedStream().filter(LayoutAttributes::onProblemPages).toList();
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return page(request, HttpStatus.NOT_FOUND, "error.notFound", null);
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException e, HttpServletRequest request) {
		return page(request, HttpStatus.FORBIDDEN, e.getMessage(), e.emergencyOffer());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView accessDenied(HttpServletRequest request) {
		return page(request, HttpStatus.FORBIDDEN, "error.forbidden", null);
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class,
			org.springframework.dao.DuplicateKeyException.class })
	ModelAndView conflict(RuntimeException e, HttpServletRequest request) {
		String key = e instanceof ConflictException ? e.getMessage() : "error.conflict";
		return page(request, HttpStatus.CONFLICT, key, null);
	}

	/** The database gave way for now (see {@code ApiProblems}): try again. */
	@ExceptionHandler(org.springframework.dao.TransientDataAccessException.class)
	ModelAndView busy(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
		log.warn("A transaction gave way and can be sent again: {}", e.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		return page(request, HttpStatus.SERVICE_UNAVAILABLE, "error.busy", null);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			jakarta.validation.ConstraintViolationException.class,
			org.springframework.beans.InvalidPropertyException.class,
			org.springframework.dao.DataIntegrityViolationException.class, java.time.DateTimeException.class })
	ModelAndView badRequest(HttpServletRequest request) {
		return page(request, HttpStatus.BAD_REQUEST, "error.invalid", null);
	}

	/**
	 * Input a page could not use that is not a form's (a damaged link, say); forms catch
	 * their own.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalidInput(InvalidInputException e, HttpServletRequest request) {
		var problems = e.problems();
		return page(request, HttpStatus.BAD_REQUEST,
				problems.isEmpty() ? "error.invalid" : problems.get(0).messageKey(), null);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, HttpServletRequest request) {
		if (e instanceof org.springframework.web.ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			// Spring's own client errors (unknown path, wrong method, bad parameter):
			// keep the status
			HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
			return page(request, status, status == HttpStatus.NOT_FOUND ? "error.notFound" : "error.invalid", null);
		}
		log.error("Unexpected failure of a page request {}", request.getRequestURI(), e);
		return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", null);
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey, Object householdId) {
		boolean htmx = request.getHeader("HX-Request") != null;
		var mav = new ModelAndView(htmx ? "error/problem :: problem" : "error/problem");
		mav.setStatus(status);
		mav.addObject("status", status.value());
		mav.addObject("messageKey", messageKey);
		mav.addObject("refusedHouseholdId", householdId);
		if (!htmx) {
			// the menu and banner of the page that failed: an exception handler's page
			// gets no @ModelAttribute (LayoutModel)
			layout.forEach(advice -> advice.addTo(mav.getModel(), request));
		}
		return mav;
	}

}

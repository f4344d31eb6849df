package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * A transaction the database gave up for now is a 503 that says to try again, never a
 * 500; a change based on an old version stays a 409.
 */
class ApiProblemsTests {

	final StaticMessageSource messages = new StaticMessageSource();

	final ApiProblems problems = new ApiProblems(messages);

	ApiProblemsTests() {
		messages.addMessage("error.busy", Locale.getDefault(), "Het is nu te druk.");
		messages.addMessage("error.conflict", Locale.getDefault(), "Intussen gewijzigd.");
	}

	@Test
	void aDeadlockOrALockNotToBeHadIsA503WithRetryAfter() {
		for (var e : new RuntimeException[] { new PessimisticLockingFailureException("deadlock detected"),
				new CannotAcquireLockException("lock not available") }) {
			var response = problems.busy(e);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			assertThat(((ProblemDetail) response.getBody()).getDetail()).isEqualTo("Het is nu te druk.");
		}
	}

	@Test
	void springPicksTheBusyHandlerForLocksAndTheConflictHandlerForAnOutdatedVersion() {
		for (var resolver : new ExceptionHandlerMethodResolver[] {
				new ExceptionHandlerMethodResolver(ApiProblems.class),
				new ExceptionHandlerMethodResolver(PageProblems.class) }) {
			assertThat(resolver.resolveMethod(new PessimisticLockingFailureException("deadlock")).getName())
				.isEqualTo("busy");
			assertThat(resolver.resolveMethod(new OptimisticLockingFailureException("version")).getName())
				.isIn("dataConflict", "conflict");
		}
		assertThat(problems.dataConflict(new OptimisticLockingFailureException("version")).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
	}

}

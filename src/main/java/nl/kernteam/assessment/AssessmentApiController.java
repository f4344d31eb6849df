package nl.kernteam.assessment;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households/{householdId}/assessments")
class AssessmentApiController {

	private final AssessmentManagement management;

	private final AssessmentQueries queries;

	private final MessageSource messages;

	AssessmentApiController(AssessmentManagement management, AssessmentQueries queries, MessageSource messages) {
		this.management = management;
		this.queries = queries;
		this.messages = messages;
	}

	@PostMapping
	ResponseEntity<AssessmentDetails> create(Actor actor, @PathVariable UUID householdId,
			@Valid @RequestBody CreateAssessment command) {
		var household = HouseholdId.of(householdId);
		var id = management.create(actor, household, command);
		return ResponseEntity.created(location(householdId, id.value())).body(queries.details(actor, household, id));
	}

	@GetMapping
	PageOf<AssessmentSummary> list(Actor actor, @PathVariable UUID householdId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return queries.list(actor, HouseholdId.of(householdId), new PageOf.Request(page, size));
	}

	@GetMapping("/{assessmentId}")
	AssessmentDetails show(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId) {
		return queries.details(actor, HouseholdId.of(householdId), AssessmentId.of(assessmentId));
	}

	/**
	 * Saves the whole document; a stale version is a 409 that says what changed since,
	 * and nothing is changed.
	 */
	@PutMapping("/{assessmentId}")
	ResponseEntity<?> update(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId,
			@Valid @RequestBody SaveAssessment command) {
		var household = HouseholdId.of(householdId);
		var id = AssessmentId.of(assessmentId);
		try {
			management.save(actor, household, id, command);
		}
		catch (StaleAssessmentException e) {
			return conflict(queries.conflict(actor, household, id, e.basedOn()), location(householdId, assessmentId));
		}
		return ResponseEntity.ok(queries.details(actor, household, id));
	}

	/** Who saved which version, and what each changed. */
	@GetMapping("/{assessmentId}/versions")
	PageOf<AssessmentVersion> versions(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return queries.history(actor, HouseholdId.of(householdId), AssessmentId.of(assessmentId),
				new PageOf.Request(page, size));
	}

	private ResponseEntity<ProblemDetail> conflict(AssessmentConflict conflict, URI current) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("assessment.conflict", null, LocaleContextHolder.getLocale()));
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		problem.setProperty("basedOnVersion", conflict.basedOn());
		problem.setProperty("currentVersion", conflict.current().version());
		problem.setProperty("current", current.toString());
		problem.setProperty("changes", conflict.changes());
		problem.setProperty("savedSince", conflict.versions());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static URI location(UUID household, UUID assessment) {
		return URI.create("/api/v1/households/" + household + "/assessments/" + assessment);
	}

}

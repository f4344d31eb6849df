package nl.kernteam.plan;

import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlainText;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households/{id}/plan")
class PlanApiController {

	private final PlanQueries queries;

	private final PlanManagement management;

	private final PlanEvaluations evaluations;

	private final SafetyConditionManagement safety;

	PlanApiController(PlanQueries queries, PlanManagement management, PlanEvaluations evaluations,
			SafetyConditionManagement safety) {
		this.safety = safety;
		this.evaluations = evaluations;
		this.queries = queries;
		this.management = management;
	}

	@GetMapping
	PlanDetails plan(Actor actor, @PathVariable UUID id) {
		return queries.plan(actor, HouseholdId.of(id));
	}

	@PutMapping
	PlanDetails change(Actor actor, @PathVariable UUID id, @Valid @RequestBody ChangePlan change) {
		management.change(actor, HouseholdId.of(id), change);
		return queries.plan(actor, HouseholdId.of(id));
	}

	@PostMapping("/goals")
	ResponseEntity<PlanDetails.Goal> addGoal(Actor actor, @PathVariable UUID id, @Valid @RequestBody AddGoal goal) {
		UUID created = management.addGoal(actor, HouseholdId.of(id), goal);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/plan/goals/" + created))
			.body(goal(actor, id, created));
	}

	@PutMapping("/goals/{goalId}")
	PlanDetails.Goal updateGoal(Actor actor, @PathVariable UUID id, @PathVariable UUID goalId,
			@Valid @RequestBody UpdateGoal update) {
		management.updateGoal(actor, HouseholdId.of(id), goalId, update);
		return goal(actor, id, goalId);
	}

	@PostMapping("/agreements")
	ResponseEntity<PlanDetails.Agreement> addAgreement(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody AddAgreement agreement) {
		UUID created = management.addAgreement(actor, HouseholdId.of(id), agreement).value();
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/plan/agreements/" + created))
			.body(agreement(actor, id, created));
	}

	@PutMapping("/agreements/{agreementId}")
	PlanDetails.Agreement updateAgreement(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId,
			@Valid @RequestBody UpdateAgreement update) {
		management.updateAgreement(actor, HouseholdId.of(id), AgreementId.of(agreementId), update);
		return agreement(actor, id, agreementId);
	}

	@PostMapping("/agreements/{agreementId}/progress")
	ResponseEntity<PlanDetails.Agreement> progress(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId,
			@Valid @RequestBody ProgressRequest progress) {
		management.addProgress(actor, HouseholdId.of(id), AgreementId.of(agreementId), progress.id(), progress.text(),
				progress.onBehalfOf());
		return ResponseEntity.status(201).body(agreement(actor, id, agreementId));
	}

	@PostMapping("/evaluations")
	ResponseEntity<Map<String, UUID>> planEvaluation(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody EvaluationRequest request) {
		UUID created = evaluations.planEvaluation(actor, HouseholdId.of(id), request.id(), request.plannedOn());
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/plan")).body(Map.of("id", created));
	}

	@PostMapping("/evaluations/{evaluationId}/hold")
	Map<String, Integer> holdEvaluation(Actor actor, @PathVariable UUID id, @PathVariable UUID evaluationId,
			@Valid @RequestBody HoldEvaluation hold) {
		return Map.of("version", evaluations.holdEvaluation(actor, HouseholdId.of(id), evaluationId, hold));
	}

	@GetMapping(path = "/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	String version(Actor actor, @PathVariable UUID id, @PathVariable int number) {
		return queries.versionDocument(actor, HouseholdId.of(id), number);
	}

	@PostMapping("/versions/{number}/family-views")
	ResponseEntity<List<PlanDetails.FamilyView>> familyView(Actor actor, @PathVariable UUID id,
			@PathVariable int number, @Valid @RequestBody FamilyViewInput view) {
		evaluations.recordFamilyView(actor, HouseholdId.of(id), number, view);
		var version = queries.plan(actor, HouseholdId.of(id))
			.versions()
			.stream()
			.filter(v -> v.number() == number)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(201).body(version.views());
	}

	/** A minimum safety condition agreed with the family. */
	@PostMapping("/conditions")
	ResponseEntity<PlanDetails.SafetyCondition> addCondition(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody AddSafetyCondition condition) {
		UUID created = safety.addCondition(actor, HouseholdId.of(id), condition);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/plan/conditions/" + created))
			.body(condition(actor, id, created));
	}

	/** A check of a safety condition: the condition with all its checks, newest first. */
	@PostMapping("/conditions/{conditionId}/checks")
	ResponseEntity<PlanDetails.SafetyCondition> checkCondition(Actor actor, @PathVariable UUID id,
			@PathVariable UUID conditionId, @Valid @RequestBody RecordConditionCheck check) {
		safety.recordCheck(actor, HouseholdId.of(id), conditionId, check);
		return ResponseEntity.status(201).body(condition(actor, id, conditionId));
	}

	/** A change of the safety status: the whole history, oldest first. */
	@PostMapping("/safety-status")
	ResponseEntity<List<PlanDetails.SafetyStatusChange>> setSafetyStatus(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody SetSafetyStatus status) {
		safety.setStatus(actor, HouseholdId.of(id), status);
		return ResponseEntity.status(201).body(queries.plan(actor, HouseholdId.of(id)).safetyStatusHistory());
	}

	private PlanDetails.SafetyCondition condition(Actor actor, UUID household, UUID condition) {
		return queries.plan(actor, HouseholdId.of(household))
			.safetyConditions()
			.stream()
			.filter(c -> c.id().equals(condition))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("safety condition " + condition));
	}

	private PlanDetails.Goal goal(Actor actor, UUID household, UUID goal) {
		return queries.plan(actor, HouseholdId.of(household))
			.goals()
			.stream()
			.filter(g -> g.id().equals(goal))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("goal " + goal));
	}

	private PlanDetails.Agreement agreement(Actor actor, UUID household, UUID agreement) {
		return queries.plan(actor, HouseholdId.of(household))
			.agreements()
			.stream()
			.filter(a -> a.id().equals(agreement))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("agreement " + agreement));
	}

	record ProgressRequest(UUID id, @Size(max = 2000) @PlainText String text,
			@Size(max = 200) @ReadableName String onBehalfOf) {
	}

	record EvaluationRequest(UUID id, @PlausibleDate LocalDate plannedOn) {
	}

}

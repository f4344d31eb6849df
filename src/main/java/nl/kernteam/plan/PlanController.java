package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.network.NetworkQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan pages: the plan itself with its forms, starting it from an assessment, and editing an agreement. */
@Controller
class PlanController {

	private final PlanQueries queries;

	private final PlanManagement management;

	private final PlanOwners owners;

	private final SafetyGoalSource safetyGoals;

	private final FormErrors formErrors;

	private final NetworkQueries network;

	PlanController(PlanQueries queries, PlanManagement management, PlanOwners owners, SafetyGoalSource safetyGoals,
			FormErrors formErrors, NetworkQueries network) {
		this.network = network;
		this.queries = queries;
		this.management = management;
		this.owners = owners;
		this.safetyGoals = safetyGoals;
		this.formErrors = formErrors;
	}

	@GetMapping("/households/{id}/plan")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return planPage(actor, HouseholdId.of(id), Map.of(), Map.of(), null, model);
	}

	@GetMapping("/households/{id}/plan/print")
	String print(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("plan", queries.printable(actor, HouseholdId.of(id)));
		model.addAttribute("contactPerson", network.network(actor, HouseholdId.of(id)).contactPerson());
		model.addAttribute("today", queries.today());
		return "plan/print";
	}

	@GetMapping("/households/{id}/plan/start")
	String startForm(Actor actor, @PathVariable UUID id, Model model) {
		var household = HouseholdId.of(id);
		model.addAttribute("plan", queries.plan(actor, household));
		model.addAttribute("options", safetyGoals.latest(actor, household));
		return "plan/start";
	}

	@PostMapping("/households/{id}/plan/start")
	String start(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") List<String> chosen,
			@RequestParam(defaultValue = "") String familyWords, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var goals = new ArrayList<AddGoal>();
		for (var option : safetyGoals.latest(actor, household)) {
			if (chosen.contains(option.dangerStatementId().toString())) {
				goals.add(new AddGoal(null, option.safetyGoal(), null, option.dangerStatementId(), option.assessmentId()));
			}
		}
		management.start(actor, household, familyWords, goals);
		redirect.addFlashAttribute("notice", "plan.started");
		return "redirect:/households/" + id + "/plan";
	}

	@PostMapping("/households/{id}/plan")
	String change(Actor actor, @PathVariable UUID id, @RequestParam(required = false) PlanPhase phase,
			@RequestParam(defaultValue = "") String familyWords, @RequestParam int version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.change(actor, household, new ChangePlan(phase, familyWords, version));
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return planPage(actor, household, Map.of("familyWords", familyWords), Map.of("plan", formErrors.text(e.getMessage())), "plan", model);
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return planPage(actor, household, Map.of("familyWords", familyWords), formErrors.of(e), "plan", model);
		}
		redirect.addFlashAttribute("notice", "plan.saved");
		return "redirect:/households/" + id + "/plan";
	}

	@PostMapping("/households/{id}/plan/goals")
	String addGoal(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String explanation,
			@RequestParam(required = false) nl.kernteam.household.LifeDomain lifeDomain, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.addGoal(actor, household, new AddGoal(submissionId, text, explanation, null, null, lifeDomain));
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return planPage(actor, household, Map.of("goalText", text, "goalExplanation", explanation),
					prefix("goal.", formErrors.of(e)), "goal", model);
		}
		redirect.addFlashAttribute("notice", "plan.goal.added");
		return "redirect:/households/" + id + "/plan#goals";
	}

	@PostMapping("/households/{id}/plan/agreements")
	String addAgreement(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(required = false) UUID goalId, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String ownerRef,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.addAgreement(actor, household, new AddAgreement(submissionId, goalId, description, null, ownerRef, dueDate));
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			var values = new HashMap<String, String>();
			values.put("description", description);
			values.put("ownerRef", ownerRef);
			values.put("dueDate", dueDate == null ? "" : dueDate.toString());
			values.put("goalId", goalId == null ? "" : goalId.toString());
			values.put("submissionId", submissionId == null ? "" : submissionId.toString());
			return planPage(actor, household, values, prefix("agreement.", formErrors.of(e)), "agreement", model);
		}
		redirect.addFlashAttribute("notice", "plan.agreement.added");
		return "redirect:/households/" + id + "/plan#agreements";
	}

	@PostMapping("/households/{id}/plan/agreements/{agreementId}/status")
	String status(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId, @RequestParam AgreementStatus status,
			@RequestParam int version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var agreement = find(queries.plan(actor, household), agreementId);
		try {
			management.updateAgreement(actor, household, AgreementId.of(agreementId), new UpdateAgreement(agreement.goalId(),
					agreement.description(), null, agreement.ownerRef(), agreement.dueDate(), status, version));
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return agreementPage(actor, household, agreementId, Map.of("status", status.name()), Map.of(), true, model);
		}
		catch (InvalidInputException e) {
			return agreementPage(actor, household, agreementId, null, formErrors.of(e), false, model);
		}
		redirect.addFlashAttribute("notice", "plan.agreement.saved");
		return "redirect:/households/" + id + "/plan#agreement-" + agreementId;
	}

	@GetMapping("/households/{id}/plan/agreements/{agreementId}")
	String agreementForm(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId, Model model) {
		return agreementPage(actor, HouseholdId.of(id), agreementId, null, Map.of(), false, model);
	}

	@PostMapping("/households/{id}/plan/agreements/{agreementId}")
	String updateAgreement(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId,
			@RequestParam(required = false) UUID goalId, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String ownerRef,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			@RequestParam(required = false) AgreementStatus status, @RequestParam int version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var values = new HashMap<String, String>();
		values.put("description", description);
		values.put("ownerRef", ownerRef);
		values.put("dueDate", dueDate == null ? "" : dueDate.toString());
		values.put("goalId", goalId == null ? "" : goalId.toString());
		values.put("status", status == null ? "" : status.name());
		values.put("version", String.valueOf(version));
		try {
			management.updateAgreement(actor, household, AgreementId.of(agreementId),
					new UpdateAgreement(goalId, description, null, ownerRef, dueDate, status, version));
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return agreementPage(actor, household, agreementId, values, Map.of(), true, model);
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return agreementPage(actor, household, agreementId, values, formErrors.of(e), false, model);
		}
		redirect.addFlashAttribute("notice", "plan.agreement.saved");
		return "redirect:/households/" + id + "/plan#agreement-" + agreementId;
	}

	@PostMapping("/households/{id}/plan/agreements/{agreementId}/progress")
	String progress(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId,
			@RequestParam(required = false) UUID submissionId, @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String onBehalfOf, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.addProgress(actor, household, AgreementId.of(agreementId), submissionId, text, onBehalfOf);
		}
		catch (InvalidInputException e) {
			return agreementPage(actor, household, agreementId, null, prefix("progress.", formErrors.of(e)), false, model);
		}
		redirect.addFlashAttribute("notice", "plan.progress.added");
		return "redirect:/households/" + id + "/plan#agreement-" + agreementId;
	}

	@PostMapping("/households/{id}/plan/evaluations")
	String planEvaluation(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.planEvaluation(actor, household, submissionId, plannedOn);
		}
		catch (InvalidInputException e) {
			return planPage(actor, household, Map.of(), prefix("evaluation.", formErrors.of(e)), "evaluation", model);
		}
		redirect.addFlashAttribute("notice", "plan.evaluation.planned");
		return "redirect:/households/" + id + "/plan#evaluations";
	}

	@PostMapping("/households/{id}/plan/evaluations/{evaluationId}")
	String holdEvaluation(Actor actor, @PathVariable UUID id, @PathVariable UUID evaluationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) UUID assessmentId, @RequestParam(defaultValue = "") String notes,
			@RequestParam(defaultValue = "false") boolean nextPhase, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.holdEvaluation(actor, household, evaluationId, new HoldEvaluation(heldOn, assessmentId, notes, nextPhase));
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return planPage(actor, household, Map.of("evaluationId", evaluationId.toString(), "notes", notes),
					prefix("hold.", formErrors.of(e)), "hold", model);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("refusal", e.getMessage());
			return "redirect:/households/" + id + "/plan#evaluations";
		}
		redirect.addFlashAttribute("notice", "plan.evaluation.held");
		return "redirect:/households/" + id + "/plan#versions";
	}

	@PostMapping("/households/{id}/plan/versions/{number}/views")
	String familyView(Actor actor, @PathVariable UUID id, @PathVariable int number,
			@RequestParam(required = false) UUID submissionId, @RequestParam(defaultValue = "") String memberName, @RequestParam(required = false) Boolean agrees,
			@RequestParam(defaultValue = "") String words, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.recordFamilyView(actor, household, number, new FamilyViewInput(submissionId, memberName, agrees, words));
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return planPage(actor, household, Map.of("viewVersion", String.valueOf(number), "memberName", memberName,
					"words", words, "agrees", String.valueOf(agrees)), prefix("view.", formErrors.of(e)), "view", model);
		}
		redirect.addFlashAttribute("notice", "plan.familyView.recordedNotice");
		return "redirect:/households/" + id + "/plan#versions";
	}

	private String planPage(Actor actor, HouseholdId household, Map<String, String> values, Map<String, String> errors,
			String openForm, Model model) {
		var plan = queries.plan(actor, household);
		model.addAttribute("plan", plan);
		model.addAttribute("owners", owners.candidates(actor, household));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("openForm", openForm);
		model.addAttribute("phases", PlanPhase.values());
		model.addAttribute("today", queries.today());
		model.addAttribute("newId", UUID.randomUUID());
		model.addAttribute("assessments", safetyGoals.assessments(actor, household));
		return "plan/plan";
	}

	private String agreementPage(Actor actor, HouseholdId household, UUID agreementId, Map<String, String> values,
			Map<String, String> errors, boolean conflict, Model model) {
		var plan = queries.plan(actor, household);
		var agreement = find(plan, agreementId);
		model.addAttribute("plan", plan);
		model.addAttribute("agreement", agreement);
		model.addAttribute("owners", owners.candidates(actor, household));
		model.addAttribute("values", values != null ? values : Map.of("description", agreement.description(),
				"ownerRef", agreement.ownerRef(), "dueDate", agreement.dueDate() == null ? "" : agreement.dueDate().toString(),
				"goalId", agreement.goalId() == null ? "" : agreement.goalId().toString(), "status", agreement.status().name(),
				"version", String.valueOf(agreement.version())));
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("newId", UUID.randomUUID());
		return "plan/agreement";
	}

	private static PlanDetails.Agreement find(PlanDetails plan, UUID agreementId) {
		return plan.agreements().stream().filter(a -> a.id().equals(agreementId)).findFirst()
			.orElseThrow(() -> new nl.kernteam.shared.NotFoundException("agreement " + agreementId));
	}

	private static Map<String, String> prefix(String prefix, Map<String, String> errors) {
		var prefixed = new HashMap<String, String>();
		errors.forEach((field, message) -> prefixed.put(prefix + field, message));
		return prefixed;
	}
}

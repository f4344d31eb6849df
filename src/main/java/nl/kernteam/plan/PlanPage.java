package nl.kernteam.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the plan page and the agreement page, for every controller that shows them again with a form's errors. */
@Component
class PlanPage {

	private final PlanQueries queries;

	private final PlanOwners owners;

	private final SafetyGoalSource safetyGoals;

	PlanPage(PlanQueries queries, PlanOwners owners, SafetyGoalSource safetyGoals) {
		this.queries = queries;
		this.owners = owners;
		this.safetyGoals = safetyGoals;
	}

	String plan(Actor actor, HouseholdId household, Map<String, String> values, Map<String, String> errors,
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

	String agreement(Actor actor, HouseholdId household, UUID agreementId, Map<String, String> values,
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

	static PlanDetails.Agreement find(PlanDetails plan, UUID agreementId) {
		return plan.agreements().stream().filter(a -> a.id().equals(agreementId)).findFirst()
			.orElseThrow(() -> new nl.kernteam.shared.NotFoundException("agreement " + agreementId));
	}

	static Map<String, String> prefix(String prefix, Map<String, String> errors) {
		var prefixed = new HashMap<String, String>();
		errors.forEach((field, message) -> prefixed.put(prefix + field, message));
		return prefixed;
	}
}

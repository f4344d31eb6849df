package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import nl.kernteam.household.HouseholdId;
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

/** The plan's agreements: adding one, editing one on its own page, its status and its progress. */
@Controller
class AgreementController {

	private final PlanQueries queries;

	private final PlanManagement management;

	private final FormErrors formErrors;

	private final PlanPage page;

	AgreementController(PlanQueries queries, PlanManagement management, FormErrors formErrors, PlanPage page) {
		this.queries = queries;
		this.management = management;
		this.formErrors = formErrors;
		this.page = page;
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
			return page.plan(actor, household, values, PlanPage.prefix("agreement.", formErrors.of(e)), "agreement", model);
		}
		redirect.addFlashAttribute("notice", "plan.agreement.added");
		return "redirect:/households/" + id + "/plan#agreements";
	}

	@PostMapping("/households/{id}/plan/agreements/{agreementId}/status")
	String status(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId, @RequestParam AgreementStatus status,
			@RequestParam int version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var agreement = PlanPage.find(queries.plan(actor, household), agreementId);
		try {
			management.updateAgreement(actor, household, agreementId, new UpdateAgreement(agreement.goalId(),
					agreement.description(), null, agreement.ownerRef(), agreement.dueDate(), status, version));
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page.agreement(actor, household, agreementId, Map.of("status", status.name()), Map.of(), true, model);
		}
		catch (InvalidInputException e) {
			return page.agreement(actor, household, agreementId, null, formErrors.of(e), false, model);
		}
		redirect.addFlashAttribute("notice", "plan.agreement.saved");
		return "redirect:/households/" + id + "/plan#agreement-" + agreementId;
	}

	@GetMapping("/households/{id}/plan/agreements/{agreementId}")
	String agreementForm(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId, Model model) {
		return page.agreement(actor, HouseholdId.of(id), agreementId, null, Map.of(), false, model);
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
			management.updateAgreement(actor, household, agreementId,
					new UpdateAgreement(goalId, description, null, ownerRef, dueDate, status, version));
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page.agreement(actor, household, agreementId, values, Map.of(), true, model);
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return page.agreement(actor, household, agreementId, values, formErrors.of(e), false, model);
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
			management.addProgress(actor, household, agreementId, submissionId, text, onBehalfOf);
		}
		catch (InvalidInputException e) {
			return page.agreement(actor, household, agreementId, null, PlanPage.prefix("progress.", formErrors.of(e)), false, model);
		}
		redirect.addFlashAttribute("notice", "plan.progress.added");
		return "redirect:/households/" + id + "/plan#agreement-" + agreementId;
	}
}

package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.SharedItem;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.web.FormErrors;
import nl.kernteam.shared.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The share form, and ending a share from the network page. Who may do either is decided by the services. */
@Controller
class ShareController {

	private final ShareQueries queries;

	private final ShareManagement management;

	private final FormErrors formErrors;

	ShareController(ShareQueries queries, ShareManagement management, FormErrors formErrors) {
		this.queries = queries;
		this.management = management;
		this.formErrors = formErrors;
	}

	@GetMapping("/households/{id}/shares/new")
	String form(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID involvementId, Model model) {
		var values = new FormValues(UUID.randomUUID(), involvementId, null, null, List.of(), null, "");
		return formPage(queries.form(actor, HouseholdId.of(id)), values, Map.of(), model);
	}

	@PostMapping("/households/{id}/shares")
	String share(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(required = false) UUID involvementId, @RequestParam(required = false) SharedItem what,
			@RequestParam(required = false) LegalBasis legalBasis, @RequestParam(defaultValue = "") List<UUID> consentOf,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "") String explanation, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var values = new FormValues(submissionId == null ? UUID.randomUUID() : submissionId, involvementId, what, legalBasis,
				consentOf, until, explanation);
		try {
			management.share(actor, household,
					new ShareWithPartner(submissionId, involvementId, what, legalBasis, consentOf, until, explanation));
		}
		catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
			return formPage(queries.form(actor, household), values, formErrors.of(e), model);
		}
		catch (ConflictException e) {
			return formPage(queries.form(actor, household), values, Map.of("what", formErrors.text(e.getMessage())), model);
		}
		redirect.addFlashAttribute("notice", "network.share.done");
		return "redirect:/households/" + id + "/network";
	}

	@PostMapping("/households/{id}/shares/{shareId}/revoke")
	String revoke(Actor actor, @PathVariable UUID id, @PathVariable UUID shareId, RedirectAttributes redirect) {
		try {
			management.revoke(actor, HouseholdId.of(id), shareId);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("refusal", e.getMessage());
			return "redirect:/households/" + id + "/network";
		}
		redirect.addFlashAttribute("notice", "network.share.revoked");
		return "redirect:/households/" + id + "/network";
	}

	private String formPage(ShareQueries.ShareForm form, FormValues values, Map<String, String> errors, Model model) {
		model.addAttribute("network", form.network());
		model.addAttribute("partners", form.partners());
		model.addAttribute("consenting", form.members().stream().filter(m -> m.ageOn(form.today()) >= ConsentRule.OWN_SAY)
			.map(m -> new Member(m, m.ageOn(form.today()))).toList());
		model.addAttribute("youngChildren", form.members().stream().filter(m -> m.ageOn(form.today()) < ConsentRule.OWN_SAY)
			.map(m -> new Member(m, m.ageOn(form.today()))).toList());
		model.addAttribute("items", SharedItem.values());
		model.addAttribute("bases", LegalBasis.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "network/share";
	}

	/** What the form shows again after a refusal. */
	record FormValues(UUID submissionId, UUID involvementId, SharedItem what, LegalBasis legalBasis, List<UUID> consentOf,
			LocalDate until, String explanation) {
	}

	/** A member with their age today, and which part of the consent rule applies to them. */
	record Member(MemberDetails details, int age) {

		public String rule() {
			return age >= ConsentRule.ADULT ? "adult" : age >= ConsentRule.ALONE ? "young" : age >= ConsentRule.OWN_SAY ? "teen" : "child";
		}
	}
}

package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.SharedItem;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The share form, and ending a share from the network page. Who may do either is decided
 * by the services.
 */
@Controller
class ShareController {

	private final ShareQueries queries;

	private final ShareManagement management;

	ShareController(ShareQueries queries, ShareManagement management) {
		this.queries = queries;
		this.management = management;
	}

	@GetMapping("/households/{id}/shares/new")
	String form(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID involvementId, Model model) {
		model.addAttribute("shareForm",
				new ShareForm(SubmissionIds.next(), involvementId, null, null, List.of(), null, ""));
		return formPage(queries.form(actor, HouseholdId.of(id)), model);
	}

	@PostMapping("/households/{id}/shares")
	String share(Actor actor, @PathVariable UUID id, @ModelAttribute("shareForm") ShareForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.share(actor, household,
					new ShareWithPartner(form.submissionId(), form.involvementId(), form.what(), form.legalBasis(),
							form.consentOf() == null ? List.of() : form.consentOf(), form.until(),
							form.explanation() == null ? "" : form.explanation()));
			redirect.addFlashAttribute("notice", "network.share.done");
			return "redirect:/households/" + id + "/network";
		}, () -> formPage(queries.form(actor, household), model), conflict -> {
			// the same item is shared with this partner already: a mistake in the form,
			// said next to what was chosen
			result.rejectValue("what", conflict.getMessage());
			return formPage(queries.form(actor, household), model);
		});
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

	private String formPage(ShareQueries.ShareForm form, Model model) {
		model.addAttribute("network", form.network());
		model.addAttribute("partners", form.partners());
		model.addAttribute("consenting",
				form.members()
					.stream()
					.filter(m -> m.ageOn(form.today()) >= ConsentRule.OWN_SAY)
					.map(m -> new Member(m, m.ageOn(form.today())))
					.toList());
		model.addAttribute("youngChildren",
				form.members()
					.stream()
					.filter(m -> m.ageOn(form.today()) < ConsentRule.OWN_SAY)
					.map(m -> new Member(m, m.ageOn(form.today())))
					.toList());
		model.addAttribute("items", SharedItem.values());
		model.addAttribute("bases", LegalBasis.values());
		return "network/share";
	}

	/**
	 * The share form; the service checks every rule, so its refusals land next to these
	 * fields.
	 */
	record ShareForm(UUID submissionId, UUID involvementId, SharedItem what, LegalBasis legalBasis,
			List<UUID> consentOf, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, String explanation) {
	}

	/**
	 * A member with their age today, and which part of the consent rule applies to them.
	 */
	record Member(MemberDetails details, int age) {

		public String rule() {
			return age >= ConsentRule.ADULT ? "adult"
					: age >= ConsentRule.ALONE ? "young" : age >= ConsentRule.OWN_SAY ? "teen" : "child";
		}
	}

}

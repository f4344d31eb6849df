package nl.kernteam.safetyteam;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.web.Forms;
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
 * Asking for expertise from a household's network page: the form and its submission.
 */
@Controller
class ExpertiseRequestController {

	/** The regional safety team, offered first. */
	private static final Set<OrganisationType> SAFETY_TEAM = Set.of(OrganisationType.VEILIG_THUIS,
			OrganisationType.CHILD_PROTECTION_BOARD, OrganisationType.YOUTH_PROTECTION_AGENCY);

	private final ExpertiseRequestManagement management;

	private final HouseholdAccess access;

	private final Professionals professionals;

	ExpertiseRequestController(ExpertiseRequestManagement management, HouseholdAccess access,
			Professionals professionals) {
		this.management = management;
		this.access = access;
		this.professionals = professionals;
	}

	/**
	 * The form; opened from a joint assessment that judged the situation unsafe
	 * ({@code ?from=assessment&assessment=…}), it leads back to that assessment.
	 */
	@GetMapping("/households/{id}/expertise-requests/new")
	String requestForm(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) UUID assessment, Model model) {
		if (!access.mayAdd(actor, HouseholdId.of(id), HouseholdItem.NETWORK_MANAGEMENT)) {
			throw new ForbiddenException("household.network.managersOnly");
		}
		model.addAttribute("form", ExpertiseRequestInput.blank());
		if ("assessment".equals(from) && assessment != null) {
			model.addAttribute("fromAssessment", assessment);
		}
		return form(actor, id, model);
	}

	@PostMapping("/households/{id}/expertise-requests")
	String request(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") ExpertiseRequestInput form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.request(actor, HouseholdId.of(id), form);
			redirect.addFlashAttribute("notice", "safetyteam.request.sent");
			return "redirect:/households/" + id + "/network";
		}, () -> form(actor, id, model));
	}

	private String form(Actor actor, UUID household, Model model) {
		model.addAttribute("householdId", household);
		model.addAttribute("organisations", organisations(actor));
		model.addAttribute("urgencies", ExpertiseRequestUrgency.values());
		return "safetyteam/request";
	}

	/**
	 * Every organisation but the actor's own: the regional safety team first, then by
	 * name.
	 */
	private List<OrganisationSummary> organisations(Actor actor) {
		return professionals.organisations()
			.stream()
			.filter(o -> !o.id().equals(actor.organisationId()))
			.sorted(Comparator.comparing((OrganisationSummary o) -> !SAFETY_TEAM.contains(o.type()))
				.thenComparing(OrganisationSummary::name))
			.toList();
	}

}

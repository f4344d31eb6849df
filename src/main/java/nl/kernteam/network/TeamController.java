package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.Reason;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team lead's page: who carries which families, and handing a family over when
 * someone leaves.
 */
@Controller
@RequiresRole(Role.TEAM_LEAD)
class TeamController {

	private final TeamQueries team;

	private final NetworkManagement management;

	private final Professionals professionals;

	TeamController(TeamQueries team, NetworkManagement management, Professionals professionals) {
		this.team = team;
		this.management = management;
		this.professionals = professionals;
	}

	@GetMapping("/team")
	String team(Actor actor, Model model) {
		model.addAttribute("members", team.team(actor));
		return "network/team";
	}

	@GetMapping("/team/{professionalId}")
	String member(Actor actor, @PathVariable UUID professionalId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("households", team.contactPersonOf(actor, professionalId, new PageOf.Request(page, 25)));
		model.addAttribute("member", professionals.find(professionalId).orElseThrow());
		model.addAttribute("candidates",
				professionals.colleagues(actor.organisationId())
					.stream()
					.filter(p -> !p.id().equals(professionalId))
					.toList());
		if (!model.containsAttribute("handover")) {
			model.addAttribute("handover", new HandoverForm(null, null, ""));
		}
		return "network/team-member";
	}

	@PostMapping("/team/{professionalId}/handover")
	String handover(Actor actor, @PathVariable UUID professionalId,
			@Valid @ModelAttribute("handover") HandoverForm form, BindingResult result, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.changeContactPerson(actor, HouseholdId.of(form.householdId()),
					ProfessionalId.ofNullable(form.professionalId()), form.reason(), true);
			redirect.addFlashAttribute("notice", "network.contactPerson.changed");
			return "redirect:/team/" + professionalId;
		}, () -> Forms.redirectWithErrors(redirect, "handover", form, result, "/team/" + professionalId));
	}

	/**
	 * Handing one family over; the select is named as before, the field as the domain
	 * names it.
	 */
	record HandoverForm(@NotNull UUID householdId, @BindParam("newContactPersonId") UUID professionalId,
			@Reason String reason) {
	}

	@Bean
	static NavigationItem teamNavigation() {
		return new NavigationItem("/team", "network.team.nav", 60, Role.TEAM_LEAD);
	}

}

package nl.kernteam.network;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.FormErrors;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team lead's page: who carries which families, and handing a family over when someone leaves. */
@Controller
@RequiresRole(Role.TEAM_LEAD)
class TeamController {

	private final TeamQueries team;

	private final NetworkManagement management;

	private final Professionals professionals;

	private final FormErrors formErrors;

	TeamController(TeamQueries team, NetworkManagement management, Professionals professionals, FormErrors formErrors) {
		this.team = team;
		this.management = management;
		this.professionals = professionals;
		this.formErrors = formErrors;
	}

	@GetMapping("/team")
	String team(Actor actor, Model model) {
		model.addAttribute("members", team.team(actor));
		return "network/team";
	}

	@GetMapping("/team/{professionalId}")
	String member(Actor actor, @PathVariable UUID professionalId, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("households", team.contactPersonOf(actor, professionalId, new PageOf.Request(page, 25)));
		model.addAttribute("member", professionals.find(professionalId).orElseThrow());
		model.addAttribute("candidates", professionals.colleagues(actor.organisationId()).stream()
			.filter(p -> !p.id().equals(professionalId))
			.toList());
		return "network/team-member";
	}

	@PostMapping("/team/{professionalId}/handover")
	String handover(Actor actor, @PathVariable UUID professionalId, @RequestParam UUID householdId,
			@RequestParam(required = false) UUID newContactPersonId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			management.changeContactPerson(actor, HouseholdId.of(householdId), newContactPersonId, reason, true);
			redirect.addFlashAttribute("notice", "network.contactPerson.changed");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("handoverErrors", formErrors.of(e));
			redirect.addFlashAttribute("handoverHousehold", householdId);
		}
		return "redirect:/team/" + professionalId;
	}

	@Bean
	static NavigationItem teamNavigation() {
		return new NavigationItem("/team", "network.team.nav", 60, Role.TEAM_LEAD);
	}
}

package nl.kernteam.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.validation.PlainText;
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

	private final TeamHandovers handovers;

	TeamController(TeamQueries team, NetworkManagement management, Professionals professionals,
			TeamHandovers handovers) {
		this.team = team;
		this.handovers = handovers;
		this.management = management;
		this.professionals = professionals;
	}

	@GetMapping("/team")
	String team(Actor actor, Model model) {
		model.addAttribute("members", team.team(actor));
		return "network/team";
	}

	@GetMapping("/team/{professionalId}")
	String member(Actor actor, @PathVariable UUID professionalId, Model model) {
		model.addAttribute("households", team.allContactPersonOf(actor, professionalId));
		model.addAttribute("member", professionals.find(professionalId).orElseThrow());
		model.addAttribute("candidates",
				professionals.colleagues(actor.organisationId())
					.stream()
					.filter(p -> !p.id().equals(professionalId))
					.toList());
		if (!model.containsAttribute("handover")) {
			model.addAttribute("handover", new HandoverForm(null, null, ""));
		}
		if (!model.containsAttribute("bulk")) {
			model.addAttribute("bulk",
					new BulkHandoverForm(SubmissionIds.next(), List.of(), null, List.of(), null, ""));
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
	 * Handing over several families, or all, at once: each selected family goes to the
	 * colleague chosen on its row, else to the one chosen for all.
	 */
	@PostMapping("/team/{professionalId}/handovers")
	String handOverSeveral(Actor actor, @PathVariable UUID professionalId,
			@Valid @ModelAttribute("bulk") BulkHandoverForm form, BindingResult result, RedirectAttributes redirect) {
		String back = "/team/" + professionalId;
		if (!result.hasErrors()) {
			var families = form.all() != null ? team.allContactPersonOf(actor, professionalId)
				.stream()
				.map(DutyQueries.Duty::householdId)
				.toList() : form.selected();
			var assignments = new ArrayList<BulkHandover.Assignment>();
			for (UUID family : families) {
				UUID to = form.perFamily().getOrDefault(family, form.to());
				if (to == null) {
					result.rejectValue("to", "network.bulkHandover.whom");
					break;
				}
				assignments.add(new BulkHandover.Assignment(family, to));
			}
			if (families.isEmpty()) {
				result.rejectValue("selected", "network.bulkHandover.none");
			}
			if (!result.hasErrors()) {
				return Forms.submit(result, () -> {
					int count = handovers.handOver(actor, professionalId,
							new BulkHandover(form.submissionId(), assignments, form.reason()));
					redirect.addFlashAttribute("notice",
							count == 0 ? "network.bulkHandover.nothing" : "network.bulkHandover.done");
					return "redirect:" + back;
				}, () -> Forms.redirectWithErrors(redirect, "bulk", form, result, back));
			}
		}
		return Forms.redirectWithErrors(redirect, "bulk", form, result, back);
	}

	/**
	 * The bulk handover form: the families ticked, or all; the colleague for all, and per
	 * family a choice written as {@code family:colleague}.
	 */
	record BulkHandoverForm(UUID submissionId, @Size(max = BulkHandover.MAX_FAMILIES) List<UUID> selected, UUID to,
			@Size(max = BulkHandover.MAX_FAMILIES) List<@Size(max = 80) @PlainText(singleLine = true) String> assign,
			String all, @Reason String reason) {

		BulkHandoverForm {
			selected = selected == null ? List.of() : selected;
			assign = assign == null ? List.of() : assign;
		}

		Map<UUID, UUID> perFamily() {
			var choices = new HashMap<UUID, UUID>();
			for (String choice : assign) {
				String[] parts = choice.split(":");
				if (parts.length == 2) {
					try {
						choices.put(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
					}
					catch (IllegalArgumentException ignored) {
						// an empty or damaged choice: the colleague for all applies
					}
				}
			}
			return choices;
		}

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

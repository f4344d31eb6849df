package nl.kernteam.safetyteam;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's duty queue: the expertise requests to it, and the page on which one
 * of its professionals accepts one (for themselves or a colleague) or declines it.
 */
@Controller
@RequiresRole(Role.PROFESSIONAL)
class DutyQueueController {

	private final ExpertiseRequestQueries queries;

	private final ExpertiseRequestManagement management;

	private final Professionals professionals;

	DutyQueueController(ExpertiseRequestQueries queries, ExpertiseRequestManagement management,
			Professionals professionals) {
		this.queries = queries;
		this.management = management;
		this.professionals = professionals;
	}

	@Bean
	static NavigationItem dutyQueueNavigation() {
		return new NavigationItem("/expertise-requests", "safetyteam.queue.nav", 45,
				actor -> actor.organisationId() != null, java.util.Set.of(Role.PROFESSIONAL));
	}

	@GetMapping("/expertise-requests")
	String queue(Actor actor, Model model) {
		model.addAttribute("queue", queries.dutyQueue(actor));
		return "safetyteam/queue";
	}

	@GetMapping("/expertise-requests/{id}")
	String decision(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("acceptForm", new ExpertiseRequestAcceptance(actor.professionalId()));
		model.addAttribute("declineForm", new ExpertiseRequestDecline(""));
		return decisionPage(actor, id, model);
	}

	@PostMapping("/expertise-requests/{id}/accept")
	String accept(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("acceptForm") ExpertiseRequestAcceptance form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.accept(actor, id, form);
			redirect.addFlashAttribute("notice", "safetyteam.queue.accepted");
			return "redirect:/expertise-requests";
		}, () -> {
			model.addAttribute("declineForm", new ExpertiseRequestDecline(""));
			return decisionPage(actor, id, model);
		});
	}

	@PostMapping("/expertise-requests/{id}/decline")
	String decline(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("declineForm") ExpertiseRequestDecline form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.decline(actor, id, form);
			redirect.addFlashAttribute("notice", "safetyteam.queue.declined");
			return "redirect:/expertise-requests";
		}, () -> {
			model.addAttribute("acceptForm", new ExpertiseRequestAcceptance(actor.professionalId()));
			return decisionPage(actor, id, model);
		});
	}

	private String decisionPage(Actor actor, UUID id, Model model) {
		var item = queries.queueItem(actor, id).orElseThrow(() -> new NotFoundException("request " + id));
		model.addAttribute("item", item);
		model.addAttribute("colleagues",
				professionals.colleagues(actor.organisationId())
					.stream()
					.filter(p -> p.roles().contains(Role.PROFESSIONAL))
					.toList());
		return "safetyteam/decide";
	}

}

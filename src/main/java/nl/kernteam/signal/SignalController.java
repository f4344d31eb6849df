package nl.kernteam.signal;

import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Signalen": my matches, registering a signal, and my organisation's active signals. */
@Controller
@RequiresRole(Role.PROFESSIONAL)
class SignalController {

	private final SignalManagement management;

	private final SignalQueries queries;

	SignalController(SignalManagement management, SignalQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping("/signals")
	String matches(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("matches", queries.matches(actor, new PageOf.Request(page, 20)));
		return "signal/matches";
	}

	@GetMapping("/signals/new")
	String showForm(Model model) {
		model.addAttribute("form", SignalForm.blank());
		return "signal/form";
	}

	@PostMapping("/signals")
	String register(Actor actor, @Validated @ModelAttribute("form") SignalForm form, BindingResult result,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			var registered = management.register(actor, form.toCommand());
			redirect.addFlashAttribute("registeredMatches", registered.matches().size());
			return "redirect:/signals";
		}, () -> "signal/form");
	}

	@GetMapping("/signals/organisation")
	String organisationSignals(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("signals", queries.organisationSignals(actor, new PageOf.Request(page, 20)));
		return "signal/organisation";
	}

	@PostMapping("/signals/{id}/withdraw")
	String withdraw(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		management.withdraw(actor, SignalId.of(id));
		redirect.addFlashAttribute("notice", "signal.withdrawn");
		return "redirect:/signals/organisation";
	}

	@Bean
	static NavigationItem signalsNavigation() {
		return new NavigationItem("/signals", "signal.nav", 40, actor -> actor.organisationId() != null,
				java.util.Set.of(Role.PROFESSIONAL));
	}

}

package nl.kernteam.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a professional's own work, gathered from the modules' sections. */
@Controller
class HomeController {

	private final List<StartPageSection> sections;

	HomeController(ObjectProvider<StartPageSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(StartPageSection::order)).toList();
	}

	/** A family member's start is their own household's page. */
	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		if (authentication.getPrincipal() instanceof FamilyMember.Principal) {
			return "redirect:/family";
		}
		Actor actor = ActorArgumentResolver.currentActor();
		if (actor.organisationId() == null) {
			return actor.hasRole(Role.FUNCTIONAL_ADMIN) ? "redirect:/admin" : "redirect:/privacy";
		}
		model.addAttribute("sections", sections.stream().map(section -> {
			Map<String, Object> data = section.model(actor);
			return data == null ? null : new Rendered(section.template(), data);
		}).filter(Objects::nonNull).toList());
		return "home";
	}

	record Rendered(String template, Map<String, Object> model) {
	}

}

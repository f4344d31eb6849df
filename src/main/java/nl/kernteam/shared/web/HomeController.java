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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: a professional's own work, gathered from the modules' sections. One
 * unit of work (issue 19): the sections and the page's frame are read in one transaction,
 * with one commit; each section's list of households is logged in it.
 */
@Controller
class HomeController {

	private final List<StartPageSection> sections;

	private final List<PageFrame> frames;

	private final TransactionTemplate transactions;

	HomeController(ObjectProvider<StartPageSection> sections, ObjectProvider<PageFrame> frames,
			TransactionTemplate transactions) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(StartPageSection::order)).toList();
		this.frames = frames.stream().toList();
		this.transactions = transactions;
	}

	/** A family member's start is their own household's page. */
	@GetMapping("/")
	@OneUnitOfWork
	String home(Authentication authentication, Model model) {
		if (authentication.getPrincipal() instanceof FamilyMember.Principal) {
			return "redirect:/family";
		}
		Actor actor = ActorArgumentResolver.currentActor();
		if (actor.organisationId() == null) {
			return actor.hasRole(Role.FUNCTIONAL_ADMIN) ? "redirect:/admin" : "redirect:/privacy";
		}
		transactions.executeWithoutResult(tx -> {
			model.addAllAttributes(PageFrame.readAll(frames, actor));
			model.addAttribute("sections", sections.stream().map(section -> {
				Map<String, Object> data = section.model(actor);
				return data == null ? null : new Rendered(section.template(), data);
			}).filter(Objects::nonNull).toList());
		});
		return "home";
	}

	record Rendered(String template, Map<String, Object> model) {
	}

}

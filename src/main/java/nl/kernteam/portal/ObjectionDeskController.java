package nl.kernteam.portal;

import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
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
 * The handlers' queue: the team lead answers objections and complaints, the privacy
 * officer data requests, each soonest due first with a form to answer.
 */
@Controller
class ObjectionDeskController {

	private static final String TEAM = "/team/objections";

	private static final String PRIVACY = "/privacy/data-requests";

	private final FamilyObjections objections;

	private final java.time.Clock clock;

	ObjectionDeskController(FamilyObjections objections, java.time.Clock clock) {
		this.objections = objections;
		this.clock = clock;
	}

	@GetMapping(TEAM)
	@RequiresRole(Role.TEAM_LEAD)
	String teamQueue(Actor actor, Model model) {
		return queue(actor, Role.TEAM_LEAD, TEAM, model);
	}

	@PostMapping(TEAM + "/{id}")
	@RequiresRole(Role.TEAM_LEAD)
	String teamAnswer(Actor actor, @PathVariable UUID id, @ModelAttribute("answer") AnswerForm form,
			BindingResult result, RedirectAttributes redirect) {
		return answer(actor, Role.TEAM_LEAD, TEAM, id, form, result, redirect);
	}

	@GetMapping(PRIVACY)
	@RequiresRole(Role.PRIVACY_OFFICER)
	String privacyQueue(Actor actor, Model model) {
		return queue(actor, Role.PRIVACY_OFFICER, PRIVACY, model);
	}

	@PostMapping(PRIVACY + "/{id}")
	@RequiresRole(Role.PRIVACY_OFFICER)
	String privacyAnswer(Actor actor, @PathVariable UUID id, @ModelAttribute("answer") AnswerForm form,
			BindingResult result, RedirectAttributes redirect) {
		return answer(actor, Role.PRIVACY_OFFICER, PRIVACY, id, form, result, redirect);
	}

	private String queue(Actor actor, Role role, String path, Model model) {
		model.addAttribute("items", objections.queue(actor, role));
		model.addAttribute("path", path);
		model.addAttribute("role", role);
		model.addAttribute("today", AmsterdamTime.today(clock));
		if (!model.containsAttribute("answer")) {
			model.addAttribute("answer", new AnswerForm(null, null));
		}
		return "portal/desk";
	}

	private String answer(Actor actor, Role role, String path, UUID id, AnswerForm form, BindingResult result,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			objections.answer(actor, role, id, new FamilyObjections.AnswerObjection(form.status(), form.answer()));
			redirect.addFlashAttribute("notice", "portal.pro.objection.saved");
			return "redirect:" + path;
		}, () -> {
			redirect.addFlashAttribute("answerId", id);
			return Forms.redirectWithErrors(redirect, "answer", form, result, path);
		});
	}

	record AnswerForm(ObjectionStatus status, String answer) {
	}

	@Bean
	static NavigationItem objectionDeskNavigation() {
		return new NavigationItem(TEAM, "portal.pro.objection.nav", 62, Role.TEAM_LEAD);
	}

	@Bean
	static NavigationItem dataRequestDeskNavigation() {
		return new NavigationItem(PRIVACY, "portal.pro.dataRequest.nav", 77, Role.PRIVACY_OFFICER);
	}

}

package nl.kernteam.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.ChangeForm;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.network.NetworkQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.OneUnitOfWork;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan itself: the page, printing it, starting it from an assessment, and changing
 * its phase or words.
 */
@Controller
class PlanController {

	private final PlanQueries queries;

	private final PlanManagement management;

	private final SafetyGoalSource safetyGoals;

	private final NetworkQueries network;

	private final PlanPage page;

	PlanController(PlanQueries queries, PlanManagement management, SafetyGoalSource safetyGoals, NetworkQueries network,
			PlanPage page) {
		this.queries = queries;
		this.management = management;
		this.safetyGoals = safetyGoals;
		this.network = network;
		this.page = page;
	}

	@GetMapping("/households/{id}/plan")
	@OneUnitOfWork
	View show(Actor actor, @PathVariable UUID id, Model model) {
		return page.show(actor, HouseholdId.of(id), model);
	}

	@GetMapping("/households/{id}/plan/print")
	String print(Actor actor, @PathVariable UUID id, Model model) {
		var household = HouseholdId.of(id);
		var plan = queries.printable(actor, household);
		var circle = network.network(actor, household);
		model.addAttribute("plan", plan);
		model.addAttribute("contactPerson", circle.contactPerson());
		// who to call: everyone in the network now, the family's own circle first
		model.addAttribute("network",
				circle.current().stream().sorted(java.util.Comparator.comparing(i -> !i.informal())).toList());
		model.addAttribute("dangers", safetyGoals.latest(actor, household));
		// the newest version first: what the family said of the plan as it was last
		// frozen
		model.addAttribute("familyViews", plan.versions().isEmpty() ? List.of() : plan.versions().get(0).views());
		model.addAttribute("today", queries.today());
		return "plan/print";
	}

	@GetMapping("/households/{id}/plan/start")
	@ChangeForm(HouseholdItem.PLAN)
	String startForm(Actor actor, @PathVariable UUID id, Model model) {
		var household = HouseholdId.of(id);
		model.addAttribute("plan", queries.plan(actor, household));
		model.addAttribute("options", safetyGoals.latest(actor, household));
		return "plan/start";
	}

	@PostMapping("/households/{id}/plan/start")
	String start(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") List<String> chosen,
			@RequestParam(defaultValue = "") String familyWords, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var goals = new ArrayList<AddGoal>();
		for (var option : safetyGoals.latest(actor, household)) {
			if (chosen.contains(option.dangerStatementId().toString())) {
				goals.add(new AddGoal(null, option.safetyGoal(), null, option.dangerStatementId(),
						option.assessmentId()));
			}
		}
		management.start(actor, household, familyWords, goals);
		redirect.addFlashAttribute("notice", "plan.started");
		return "redirect:/households/" + id + "/plan";
	}

	@PostMapping("/households/{id}/plan")
	ModelAndView change(Actor actor, @PathVariable UUID id, @ModelAttribute("planForm") PlanPage.PlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.change(actor, household, new ChangePlan(form.phase(), form.familyWords(), form.version()));
			redirect.addFlashAttribute("notice", "plan.saved");
			return new ModelAndView("redirect:/households/" + id + "/plan");
		}, () -> page.plan(actor, household, "plan", model));
	}

}

package nl.kernteam.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.OneUnitOfWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Life-domain checks: the scores over time per member, and the form to record a check.
 */
@Controller
class LifeDomainController {

	private final FamilySystemManagement management;

	private final FamilySystemQueries queries;

	private final SmartValidator validator;

	private final Clock clock;

	private final HouseholdPageUnit unit;

	LifeDomainController(FamilySystemManagement management, FamilySystemQueries queries, SmartValidator validator,
			Clock clock, HouseholdPageUnit unit) {
		this.management = management;
		this.queries = queries;
		this.validator = validator;
		this.clock = clock;
		this.unit = unit;
	}

	@GetMapping("/households/{id}/life-domains")
	@OneUnitOfWork
	String show(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		return unit.read(actor, HouseholdId.of(id), model,
				decided -> page(actor, id, page, LifeDomainForm.blank(today()), model));
	}

	@PostMapping("/households/{id}/life-domains")
	String record(Actor actor, @PathVariable UUID id, @ModelAttribute("check") LifeDomainForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		validator.validate(form, result);
		// the command numbers only the scored rows, the form all rows: a problem with a
		// score goes above the table
		return Forms.submit(result, () -> {
			management.recordLifeDomains(actor, HouseholdId.of(id), form.toCommand());
			redirect.addFlashAttribute("notice", "household.lifeDomains.saved");
			return "redirect:/households/" + id + "/life-domains";
		}, () -> page(actor, id, 0, form, model));
	}

	private String page(Actor actor, UUID id, int page, LifeDomainForm form, Model model) {
		var content = queries.lifeDomainPage(actor, HouseholdId.of(id), new PageOf.Request(page, 12));
		model.addAttribute("household", content.household());
		model.addAttribute("checks", content.checks());
		model.addAttribute("charts", LifeDomainChart.of(content.checks().items()));
		model.addAttribute("goalSubmissionId", SubmissionIds.next());
		model.addAttribute("check", form);
		model.addAttribute("strengths", Strength.values());
		return "household/life-domains";
	}

	private LocalDate today() {
		return AmsterdamTime.today(clock);
	}

}

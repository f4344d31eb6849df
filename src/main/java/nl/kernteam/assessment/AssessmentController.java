package nl.kernteam.assessment;

import java.time.Clock;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdPageUnit;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.OneUnitOfWork;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The household's list of assessments, starting a new one, and an assessment's history.
 */
@Controller
@RequestMapping("/households/{householdId}/assessments")
class AssessmentController {

	private final AssessmentManagement management;

	private final AssessmentQueries queries;

	private final AssessmentPages pages;

	private final ChangeTexts changes;

	private final Clock clock;

	private final HouseholdPageUnit unit;

	AssessmentController(AssessmentManagement management, AssessmentQueries queries, AssessmentPages pages,
			ChangeTexts changes, Clock clock, HouseholdPageUnit unit) {
		this.unit = unit;
		this.clock = clock;
		this.management = management;
		this.queries = queries;
		this.pages = pages;
		this.changes = changes;
	}

	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping
	@OneUnitOfWork
	String list(Actor actor, @PathVariable UUID householdId, @RequestParam(defaultValue = "0") int page, Model model) {
		var household = HouseholdId.of(householdId);
		return unit.read(actor, household, model, (decided) -> {
			model.addAttribute("assessments", queries.list(actor, household, new PageOf.Request(page, 20)));
			model.addAttribute("householdId", householdId);
			model.addAttribute("householdName", pages.householdName(household));
			return "assessment/list";
		});
	}

	@GetMapping("/new")
	String showNew(Actor actor, @PathVariable UUID householdId, Model model) {
		var household = HouseholdId.of(householdId);
		var choices = pages.start(actor, household);
		var form = NewAssessmentForm.blank(AmsterdamTime.today(clock), choices, choices.earlier());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", bindingResult(form));
		return newForm(householdId, form, choices, model);
	}

	@PostMapping
	String create(Actor actor, @PathVariable UUID householdId, @ModelAttribute("form") NewAssessmentForm form,
			BindingResult result, Model model) {
		var household = HouseholdId.of(householdId);
		var choices = pages.start(actor, household);
		if (form.date == null && !result.hasFieldErrors("date")) {
			result.rejectValue("date", "assessment.date.required");
		}
		return Forms.submit(result,
				() -> "redirect:/households/" + householdId + "/assessments/"
						+ management.create(actor, household, form.toCommand(choices)) + "/edit",
				() -> newForm(householdId, form, choices, model));
	}

	/** Throws away an assessment that was started and never saved. */
	@PostMapping("/{assessmentId}/discard")
	String discard(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		management.discardUnsaved(actor, HouseholdId.of(householdId), AssessmentId.of(assessmentId));
		redirect.addFlashAttribute("notice", "assessment.discarded");
		return "redirect:/households/" + householdId;
	}

	@GetMapping("/{assessmentId}/history")
	String history(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var household = HouseholdId.of(householdId);
		var versions = queries.history(actor, household, AssessmentId.of(assessmentId), new PageOf.Request(page, 20));
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("versions", versions);
		model.addAttribute("changes",
				versions.items()
					.stream()
					.map(v -> v.changes().stream().map(c -> changes.describeInPart(c, locale)).toList())
					.toList());
		model.addAttribute("householdId", householdId);
		model.addAttribute("assessmentId", assessmentId);
		model.addAttribute("householdName", pages.householdName(household));
		return "assessment/history";
	}

	private String newForm(UUID householdId, NewAssessmentForm form, AssessmentPages.Choices choices, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("choices", choices);
		model.addAttribute("householdId", householdId);
		model.addAttribute("today", AmsterdamTime.today(clock));
		return "assessment/new";
	}

	/**
	 * A binding result that reads the form's fields directly, as binding does;
	 * Thymeleaf's th:field needs one.
	 */
	static BindingResult bindingResult(Object form) {
		var binder = new DataBinder(form, "form");
		binder.initDirectFieldAccess();
		return binder.getBindingResult();
	}

}

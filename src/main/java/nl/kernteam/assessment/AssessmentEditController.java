package nl.kernteam.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdPageUnit;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.Layouts;
import nl.kernteam.shared.web.OneUnitOfWork;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment page: opened to read ({@code assessment/read.jte}, in jte); "Bewerken"
 * shows one part's form ({@code /edit?part=FACTS}), "Alles bewerken" the whole document
 * on one page, for the meeting at the kitchen table. Rows are added and removed with
 * submit buttons that re-render the page without saving (htmx swaps only the section);
 * "Opslaan" saves everything as a new version. A stale save shows what others changed
 * next to the user's own, unsaved input.
 */
@Controller
@RequestMapping("/households/{householdId}/assessments/{assessmentId}")
class AssessmentEditController {

	private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

	private final AssessmentManagement management;

	private final AssessmentQueries queries;

	private final AssessmentPages pages;

	private final ChangeTexts changes;

	private final Validator validator;

	private final AssessmentReadViews readViews;

	private final Layouts layouts;

	private final HouseholdPageUnit unit;

	AssessmentEditController(AssessmentManagement management, AssessmentQueries queries, AssessmentPages pages,
			ChangeTexts changes, Validator validator, AssessmentReadViews readViews, Layouts layouts,
			HouseholdPageUnit unit) {
		this.readViews = readViews;
		this.layouts = layouts;
		this.unit = unit;
		this.management = management;
		this.queries = queries;
		this.pages = pages;
		this.changes = changes;
		this.validator = validator;
	}

	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping
	@OneUnitOfWork
	View show(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId, HttpServletRequest request,
			Model model) {
		var household = HouseholdId.of(householdId);
		var reading = unit.read(actor, household, model,
				(decided) -> pages.read(actor, household, AssessmentId.of(assessmentId)));
		var view = readViews.of(reading, LocaleContextHolder.getLocale(), request.getContextPath());
		return layouts.page(view.t().text("assessment.title"), "assessment/read.jte", view);
	}

	/** One part's form ({@code part}), or the whole document's. */
	@GetMapping("/edit")
	String edit(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId,
			@RequestParam(required = false) Part part, Model model) {
		var editing = pages.edit(actor, HouseholdId.of(householdId), AssessmentId.of(assessmentId));
		var form = AssessmentForm.of(editing.assessment());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", AssessmentController.bindingResult(form));
		model.addAttribute("part", part == null ? null : part.name());
		return page(editing, form, null, model);
	}

	@PostMapping
	String update(Actor actor, @PathVariable UUID householdId, @PathVariable UUID assessmentId,
			@ModelAttribute("form") AssessmentForm form, BindingResult result,
			@RequestParam(required = false) Part part, @RequestParam(required = false) String add,
			@RequestParam(required = false) String remove, @RequestParam(required = false) String addParticipant,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var household = HouseholdId.of(householdId);
		var id = AssessmentId.of(assessmentId);
		// checks access before showing anything
		var editing = pages.edit(actor, household, id);
		model.addAttribute("part", part == null ? null : part.name());
		if (add != null || remove != null || addParticipant != null) {
			return page(editing, form, change(form, editing.choices(), add, remove, addParticipant), model);
		}
		PartEdit.completeFrom(form, part, AssessmentForm.of(editing.assessment()));
		var command = form.toSave();
		validator.validate(command)
			.forEach(v -> reject(result, form.formField(field(v.getPropertyPath().toString())), "invalid",
					v.getMessage()));
		if (result.hasErrors()) {
			return page(editing, form, null, model);
		}
		try {
			int version = management.save(actor, household, id, command);
			redirect.addFlashAttribute("notice", "assessment.saved");
			redirect.addFlashAttribute("savedVersion", version);
			if (part != null) {
				redirect.addFlashAttribute("focusId", "part-" + part);
			}
			return "redirect:/households/" + householdId + "/assessments/" + assessmentId;
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> reject(result, form.formField(field(p.field())), p.messageKey(), null));
			return page(editing, form, null, model);
		}
		catch (StaleAssessmentException e) {
			// Nothing is overwritten: the stored state and what changed are shown next to
			// the user's own input, which
			// may now be saved on top of the current version.
			var conflict = queries.conflict(actor, household, id, e.basedOn());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", conflict);
			model.addAttribute("conflictChanges", changes.byPart(conflict.changes(), LocaleContextHolder.getLocale()));
			model.addAttribute("conflictByMe",
					conflict.versions().stream().allMatch(v -> v.savedByName().equals(actor.name())));
			form.version = conflict.current().version();
			return page(new AssessmentPages.Editing(conflict.current(), editing.choices(), editing.mayAskExpertise()),
					form, null, model);
		}
	}

	/** Adds or removes a row; returns which element should get the focus afterwards. */
	private static String change(AssessmentForm form, AssessmentPages.Choices choices, String add, String remove,
			String addParticipant) {
		if (add != null && form.add(add)) {
			return add + ":" + (size(form, add) - 1);
		}
		if (remove != null && form.remove(remove)) {
			return remove.substring(0, remove.indexOf(':')) + ":add";
		}
		if (addParticipant != null) {
			suggest(form, choices, addParticipant);
			return "participants:" + (form.participants.size() - 1);
		}
		return null;
	}

	private static void suggest(AssessmentForm form, AssessmentPages.Choices choices, String suggestion) {
		choices.members()
			.stream()
			.filter(m -> suggestion.equals("member:" + m.id()))
			.findFirst()
			.ifPresent(m -> form.addParticipant(m.name(), ParticipantKind.FAMILY, m.id(), null));
		choices.involved()
			.stream()
			.filter(p -> suggestion.equals("professional:" + p.id()))
			.findFirst()
			.ifPresent(p -> form.addParticipant(p.name(), ParticipantKind.PROFESSIONAL, null, p.id()));
		choices.informal()
			.stream()
			.filter(i -> suggestion.equals("informal:" + i.label()))
			.findFirst()
			.ifPresent(i -> form.addParticipant(i.label(), ParticipantKind.INFORMAL, null, null));
	}

	private static int size(AssessmentForm form, String list) {
		return switch (list) {
			case "participants" -> form.participants.size();
			case "facts" -> form.facts.size();
			case "worries" -> form.worries.size();
			case "strengths" -> form.strengths.size();
			case "dangerStatements" -> form.dangerStatements.size();
			case "nextSteps" -> form.nextSteps.size();
			default -> form.keyDecisions.size();
		};
	}

	record Suggestion(String value, String label) {
	}

	/**
	 * The household's members and network who are not at the table yet, to add with one
	 * button.
	 */
	private static List<Suggestion> suggestions(AssessmentForm form, AssessmentPages.Choices choices) {
		var members = form.participants.stream().map(p -> p.memberId).filter(java.util.Objects::nonNull).toList();
		var professionals = form.participants.stream()
			.map(p -> p.professionalId)
			.filter(java.util.Objects::nonNull)
			.toList();
		var names = form.participants.stream()
			.filter(p -> p.name != null)
			.map(p -> p.name.trim().toLowerCase(java.util.Locale.ROOT))
			.toList();
		var result = new java.util.ArrayList<Suggestion>();
		choices.members()
			.stream()
			.filter(m -> !members.contains(m.id()))
			.forEach(m -> result.add(new Suggestion("member:" + m.id(), m.name())));
		choices.involved()
			.stream()
			.filter(p -> !professionals.contains(p.id()))
			.forEach(p -> result.add(new Suggestion("professional:" + p.id(), p.name())));
		choices.informal()
			.stream()
			.filter(i -> !names.contains(i.label().toLowerCase(java.util.Locale.ROOT)))
			.forEach(i -> result.add(new Suggestion("informal:" + i.label(), i.label())));
		return result;
	}

	/**
	 * A field of the saved document as the form names it: {@code explanations.nextSteps}
	 * is {@code explanations[NEXT_STEPS]}.
	 */
	private static String field(String path) {
		if (path.startsWith("explanations.")) {
			Matcher camel = CAMEL.matcher(path.substring("explanations.".length()));
			return "explanations[" + camel.replaceAll("$1_$2").toUpperCase(java.util.Locale.ROOT) + "]";
		}
		return path;
	}

	private static void reject(BindingResult result, String field, String code, String message) {
		if (field == null || field.isBlank() || field.equals("version")) {
			result.reject(code, message);
			return;
		}
		try {
			result.rejectValue(field, code, message);
		}
		catch (org.springframework.beans.InvalidPropertyException e) {
			// a field the form does not show, such as an element's id
			result.reject(code, message);
		}
	}

	private String page(AssessmentPages.Editing editing, AssessmentForm form, String focus, Model model) {
		var assessment = editing.assessment();
		model.addAttribute("form", form);
		model.addAttribute("assessment", assessment);
		model.addAttribute("choices", editing.choices());
		model.addAttribute("readOnly", assessment.readOnly());
		model.addAttribute("mayAskExpertise", editing.mayAskExpertise());
		model.addAttribute("focus", focus);
		model.addAttribute("recordedBy",
				assessment.document()
					.keyDecisions()
					.stream()
					.filter(d -> d.recordedByName() != null)
					.collect(java.util.stream.Collectors.toMap(d -> d.id(), d -> d.recordedByName())));
		model.addAttribute("suggestions", suggestions(form, editing.choices()));
		model.addAttribute("parts", List.of(Part.values()));
		model.addAttribute("scale", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
		model.addAttribute("enums",
				Map.of("participantKind", ParticipantKind.values(), "certainty", Certainty.values(), "decisionKind",
						DecisionKind.values(), "familyPosition", FamilyPosition.values(), "worryKinds",
						List.of(ItemKind.HARM, ItemKind.COMPLICATING_FACTOR), "strengthKinds",
						List.of(ItemKind.STRENGTH, ItemKind.EXISTING_SAFETY)));
		return "assessment/edit";
	}

}

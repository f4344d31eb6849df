package nl.kernteam.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import jakarta.validation.Valid;
import nl.kernteam.shared.PageOf;
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
 * The family-system page: the genogram, the households of the family, relations and
 * links.
 */
@Controller
class FamilySystemController {

	private final FamilySystemManagement management;

	private final FamilySystemQueries queries;

	private final HouseholdQueries households;

	private final SmartValidator validator;

	private final Clock clock;

	private final HouseholdPageUnit unit;

	FamilySystemController(FamilySystemManagement management, FamilySystemQueries queries, HouseholdQueries households,
			SmartValidator validator, Clock clock, HouseholdPageUnit unit) {
		this.management = management;
		this.queries = queries;
		this.households = households;
		this.validator = validator;
		this.clock = clock;
		this.unit = unit;
	}

	@GetMapping("/households/{id}/family-system")
	@OneUnitOfWork
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return unit.read(actor, HouseholdId.of(id), model,
				decided -> page(actor, id, new RelationForm(), new LinkForm(), model));
	}

	@PostMapping("/households/{id}/family-system/relations")
	String addRelation(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("relation") RelationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.addRelation(actor, HouseholdId.of(id), form.toCommand());
			redirect.addFlashAttribute("notice", "household.relation.saved");
			return "redirect:/households/" + id + "/family-system#relations-heading";
		}, () -> page(actor, id, form, new LinkForm(), model));
	}

	@PostMapping("/households/{id}/family-system/relations/{relationId}/end")
	String endRelation(Actor actor, @PathVariable UUID id, @PathVariable UUID relationId, RedirectAttributes redirect) {
		management.endRelation(actor, HouseholdId.of(id), relationId);
		redirect.addFlashAttribute("notice", "household.relation.ended");
		return "redirect:/households/" + id + "/family-system#relations-heading";
	}

	@PostMapping("/households/{id}/family-system/themes")
	String markTheme(Actor actor, @PathVariable UUID id, @RequestParam UUID memberId, @RequestParam Theme theme,
			@RequestParam(required = false) String end, RedirectAttributes redirect) {
		if (end != null) {
			management.endTheme(actor, HouseholdId.of(id), new MarkTheme(memberId, theme));
			redirect.addFlashAttribute("notice", "household.theme.ended");
		}
		else {
			management.markTheme(actor, HouseholdId.of(id), new MarkTheme(memberId, theme));
			redirect.addFlashAttribute("notice", "household.theme.saved");
		}
		return "redirect:/households/" + id + "/family-system";
	}

	@PostMapping("/households/{id}/family-system/links")
	String link(Actor actor, @PathVariable UUID id, @ModelAttribute("link") LinkForm form, BindingResult result,
			@RequestParam(required = false) String find, Model model, RedirectAttributes redirect) {
		model.addAttribute("linkOpen", true);
		// the search finds the household to link; nothing is checked yet
		if (find != null) {
			return page(actor, id, new RelationForm(), form, model);
		}
		validator.validate(form, result);
		return Forms.submit(result, () -> {
			management.link(actor, HouseholdId.of(id), form.toCommand());
			redirect.addFlashAttribute("notice", "household.link.saved");
			return "redirect:/households/" + id + "/family-system";
		}, () -> page(actor, id, new RelationForm(), form, model));
	}

	private String page(Actor actor, UUID id, RelationForm relation, LinkForm link, Model model) {
		var content = queries.familySystemPage(actor, HouseholdId.of(id));
		LocalDate today = AmsterdamTime.today(clock);
		model.addAttribute("household", content.household());
		model.addAttribute("system", content.view().system());
		model.addAttribute("genogram", Genogram.of(content.view(), today, content.network()));
		model.addAttribute("relations", content.relations());
		model.addAttribute("relation", relation);
		model.addAttribute("link", link);
		model.addAttribute("kinds", RelationKind.values());
		model.addAttribute("linkKinds", LinkKind.values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("linkOpen", Boolean.TRUE.equals(model.getAttribute("linkOpen")));
		boolean searching = link.getSearch() != null && !link.getSearch().isBlank();
		model.addAttribute("candidates",
				searching ? households.list(actor, link.getSearch(), new PageOf.Request(0, 10))
					.items()
					.stream()
					.filter(h -> !h.id().equals(id))
					.toList() : List.<HouseholdSummary>of());
		return "household/family-system";
	}

}

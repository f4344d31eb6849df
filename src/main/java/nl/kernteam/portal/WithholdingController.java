package nl.kernteam.portal;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The core team's page for keeping an item from one family member: the list, the form
 * (member, item, legal reason, review date) and ending one. Who may is decided by
 * {@link Withholdings}.
 */
@Controller
class WithholdingController {

	private final Withholdings withholdings;

	private final PortalRepository portal;

	WithholdingController(Withholdings withholdings, PortalRepository portal) {
		this.withholdings = withholdings;
		this.portal = portal;
	}

	@GetMapping("/households/{id}/withholdings")
	String page(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("withholdForm", new WithholdForm(null, null, null, null, null));
		return page(actor, HouseholdId.of(id), model);
	}

	@PostMapping("/households/{id}/withholdings")
	String withhold(Actor actor, @PathVariable UUID id, @ModelAttribute("withholdForm") WithholdForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		String[] item = form.item() == null ? new String[0] : form.item().split(":", 2);
		FamilyItemKind kind = null;
		UUID itemId = null;
		try {
			kind = item.length == 2 ? FamilyItemKind.valueOf(item[0]) : null;
			itemId = item.length == 2 ? UUID.fromString(item[1]) : null;
		}
		catch (IllegalArgumentException notAnItem) {
			kind = null;
		}
		if (kind == null || itemId == null) {
			result.rejectValue("item", "portal.withholding.item.required");
		}
		var command = new Withhold(form.memberId(), kind, itemId, form.reason(), form.note(), form.reviewOn());
		return Forms.submit(result, () -> {
			withholdings.withhold(actor, household, command);
			redirect.addFlashAttribute("notice", "portal.withholding.done");
			return "redirect:/households/" + id + "/withholdings";
		}, () -> page(actor, household, model));
	}

	@PostMapping("/households/{id}/withholdings/{withholdingId}/end")
	String end(Actor actor, @PathVariable UUID id, @PathVariable UUID withholdingId, RedirectAttributes redirect) {
		withholdings.end(actor, HouseholdId.of(id), withholdingId);
		redirect.addFlashAttribute("notice", "portal.withholding.ended");
		return "redirect:/households/" + id + "/withholdings";
	}

	private String page(Actor actor, HouseholdId household, Model model) {
		model.addAttribute("withholdings", withholdings.list(actor, household));
		model.addAttribute("items", withholdings.items(actor, household));
		var basics = portal.household(household.value());
		model.addAttribute("householdId", household.value());
		model.addAttribute("householdName", basics.name());
		model.addAttribute("members", basics.members());
		model.addAttribute("reasons", WithholdingReason.values());
		return "portal/withholdings";
	}

	/**
	 * @param item the item's kind and id, as {@code WORRY:<id>}
	 */
	record WithholdForm(UUID memberId, String item, WithholdingReason reason,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn, String note) {
	}

}

package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.CloseHousehold;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact person closes the file: help ends. Afterwards the household leaves their
 * list, so the page goes to the list with a notice.
 */
@Controller
class ClosingController {

	private final HouseholdClosing closing;

	private final HouseholdQueries households;

	private final HouseholdAccess access;

	ClosingController(HouseholdClosing closing, HouseholdQueries households, HouseholdAccess access) {
		this.closing = closing;
		this.households = households;
		this.access = access;
	}

	@GetMapping("/households/{id}/close")
	String form(Actor actor, @PathVariable UUID id, Model model) {
		if (!access.mayAdd(actor, HouseholdId.of(id), HouseholdItem.CLOSURE)) {
			throw new ForbiddenException("household.closed.contactPersonOnly");
		}
		model.addAttribute("form", new CloseHousehold("", "", null));
		return page(actor, id, model);
	}

	@PostMapping("/households/{id}/close")
	String close(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") CloseHousehold form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			closing.close(actor, HouseholdId.of(id), form);
			redirect.addFlashAttribute("notice", "network.closing.done");
			return "redirect:/households";
		}, () -> page(actor, id, model));
	}

	private String page(Actor actor, UUID id, Model model) {
		model.addAttribute("household", households.details(actor, HouseholdId.of(id)));
		return "network/close";
	}

}

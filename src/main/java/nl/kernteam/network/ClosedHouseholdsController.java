package nl.kernteam.network;

import java.util.UUID;

import nl.kernteam.household.AccessDecision;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closed files a professional may reopen, and reopening one: the last contact person
 * or a team lead of their team, with a reason.
 */
@Controller
class ClosedHouseholdsController {

	private final ClosedHouseholdQueries queries;

	private final HouseholdClosing closing;

	private final HouseholdAccess access;

	private final AccessDecision decision;

	ClosedHouseholdsController(ClosedHouseholdQueries queries, HouseholdClosing closing, HouseholdAccess access,
			AccessDecision decision) {
		this.decision = decision;
		this.queries = queries;
		this.closing = closing;
		this.access = access;
	}

	@GetMapping("/households/closed")
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		var closed = queries.closed(actor, new PageOf.Request(page, 20));
		model.addAttribute("closed", closed);
		// nobody is involved with a closed file: the decision lets a team lead of its
		// last
		// contact person's organisation review it (AccessDecision.decideReview)
		model.addAttribute("reviewable",
				closed.items()
					.stream()
					.filter(c -> decision.leadsTeamOf(actor, c.lastContactPersonOrganisationId()))
					.map(ClosedHouseholdQueries.ClosedHousehold::id)
					.collect(java.util.stream.Collectors.toSet()));
		return "network/closed";
	}

	/** Nobody is involved with a closed household: the reopening rule decides. */
	@OutsideNetwork
	@PostMapping("/households/{id}/reopen")
	String reopen(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		if (reason.isBlank()) {
			throw new InvalidInputException("reason", "household.closed.reasonRequired");
		}
		var household = HouseholdId.of(id);
		closing.reopen(actor, household, reason);
		redirect.addFlashAttribute("notice", "network.reopening.done");
		// a team lead who reopened for the last contact person is not involved themselves
		return access.maySee(actor, household) ? "redirect:/households/" + id : "redirect:/households/closed";
	}

}

package nl.kernteam.household;

import java.util.List;
import java.util.UUID;

import nl.kernteam.audit.AccessLogCursor;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The privacy officer's pages: find a household by BSN, and read its access log. */
@Controller
class AccessLogController {

	private final HouseholdAccessLog accessLog;

	private final HouseholdNames names;

	AccessLogController(HouseholdAccessLog accessLog, HouseholdNames names) {
		this.accessLog = accessLog;
		this.names = names;
	}

	/**
	 * Find a household by BSN. The form posts the BSN ({@link #find}); the page's URL
	 * then carries only a token that this session knows, so the number never lands in a
	 * URL. A BSN in {@code ?bsn=} is moved to a token too.
	 */
	@RequiresRole(Role.PRIVACY_OFFICER)
	@GetMapping("/privacy")
	String search(Actor actor, @RequestParam(required = false) String bsn,
			@RequestParam(required = false) String search, HttpSession session, Model model) {
		if (bsn != null && !bsn.isBlank()) {
			return "redirect:" + SearchTokens.url(session, "/privacy", "bsn", bsn, true);
		}
		String wanted = search == null ? null : SearchTokens.get(session, search).orElse(null);
		model.addAttribute("bsn", wanted == null ? "" : wanted);
		if (wanted != null) {
			try {
				model.addAttribute("found", SearchTokens.mustHide(wanted) ? accessLog.findByBsn(actor, wanted)
						: accessLog.findByName(actor, wanted));
			}
			catch (InvalidInputException e) {
				model.addAttribute("bsnError", e.problems().get(0).messageKey());
				model.addAttribute("found", List.of());
			}
		}
		return "household/privacy";
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@PostMapping("/privacy")
	String find(@RequestParam(defaultValue = "") String bsn, HttpSession session) {
		return "redirect:" + SearchTokens.url(session, "/privacy", "bsn", bsn, true);
	}

	@OutsideNetwork
	@GetMapping("/households/{id}/access-log")
	String show(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, Model model) {
		var request = new AccessLogPage.Request(50, AccessLogCursor.parse(before, "before"),
				AccessLogCursor.parse(after, "after"), null);
		model.addAttribute("entries", accessLog.forHousehold(actor, HouseholdId.of(id), request));
		model.addAttribute("householdName", names.of(HouseholdId.of(id)));
		model.addAttribute("householdId", id);
		return "household/access-log";
	}

}

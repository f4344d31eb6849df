package nl.kernteam.portal;

import nl.kernteam.audit.AccessLogCursor;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.FamilyMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The family's own pages: phone first, plain Dutch. */
@Controller
class FamilyPageController {

	private static final int PAGE_SIZE = 30;

	private final FamilyQueries queries;

	FamilyPageController(FamilyQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/family")
	String home(FamilyMember member, Model model) {
		model.addAttribute("household", queries.household(member));
		return "portal/home";
	}

	/** Who looked at the file, newest first, in plain words. */
	@GetMapping("/family/access-log")
	String accessLog(FamilyMember member, @RequestParam(required = false) String before, Model model) {
		model.addAttribute("log", queries.accessLog(member,
				new AccessLogPage.Request(PAGE_SIZE, AccessLogCursor.parse(before, "before"), null, null)));
		return "portal/access-log";
	}

}

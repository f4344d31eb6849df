package nl.kernteam.portal;

import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.FamilyMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The family's own pages: phone first, plain Dutch. */
@Controller
class FamilyPageController {

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
	String accessLog(FamilyMember member, Model model) {
		model.addAttribute("log", queries.accessLog(member, AccessLogPage.Request.newest(50)));
		return "portal/access-log";
	}

}

package nl.kernteam.portal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.audit.AccessLogCursor;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The family's own pages: phone first, plain Dutch. */
@Controller
class FamilyPageController {

	private static final int PAGE_SIZE = 30;

	private final FamilyQueries queries;

	private final FamilySharing sharing;

	private final FamilyHomePage home;

	FamilyPageController(FamilyQueries queries, FamilySharing sharing, FamilyHomePage home) {
		this.queries = queries;
		this.sharing = sharing;
		this.home = home;
	}

	/**
	 * One assessment: the worries, what goes well, what needs to happen, the danger
	 * statements with their safety goals, the key decisions with their reasons, the views
	 * and the scales over time.
	 */
	@GetMapping("/family/assessments/{id}")
	String assessment(FamilyMember member, @PathVariable UUID id, Model model) {
		var household = queries.household(member);
		var assessment = household.assessments()
			.stream()
			.filter(a -> a.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment " + id));
		model.addAttribute("household", household);
		model.addAttribute("assessment", assessment);
		return "portal/assessment";
	}

	/** The plan: goals, agreements, and when we talk again. */
	@GetMapping("/family/plan")
	String plan(FamilyMember member, Model model) {
		model.addAttribute("household", queries.household(member));
		return "portal/plan";
	}

	/** The plan to print: without what is kept from this member. */
	@GetMapping("/family/plan/print")
	String print(FamilyMember member, Model model) {
		model.addAttribute("household", queries.household(member));
		return "portal/plan-print";
	}

	/** From 16: who else in the family sees what concerns this member. */
	@GetMapping("/family/sharing")
	String sharing(FamilyMember member, Model model) {
		model.addAttribute("setting", sharing.setting(member));
		return "portal/sharing";
	}

	@PostMapping("/family/sharing")
	String allow(FamilyMember member, @RequestParam(name = "allowed", required = false) List<UUID> allowed,
			RedirectAttributes redirect) {
		sharing.allow(member, allowed == null ? Set.of() : Set.copyOf(allowed));
		redirect.addFlashAttribute("notice", "portal.sharing.saved");
		return "redirect:/family/sharing";
	}

	@GetMapping("/family")
	String home(FamilyMember member, Model model) {
		var home = this.home.read(member);
		model.addAttribute("household", home.household());
		model.addAttribute("closure", home.closure());
		model.addAttribute("reopenedAt", home.reopenedAt());
		model.addAttribute("legalTrack", home.legalTrack());
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

package nl.kernteam.safetyteam;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team lead's overview of the requests to their organisation and its clocks: waiting,
 * accepted, running out, clocks due; each list pages on its own.
 */
@Controller
@RequiresRole(Role.TEAM_LEAD)
class RequestOverviewController {

	static final int PAGE_SIZE = 10;

	private final RequestOverviewQueries queries;

	RequestOverviewController(RequestOverviewQueries queries) {
		this.queries = queries;
	}

	/**
	 * Shown to team leads of every organisation but a local team (they ask, not answer).
	 */
	@Bean
	static NavigationItem requestOverviewNavigation() {
		return new NavigationItem("/team/expertise-requests", "safetyteam.overview.nav", 61,
				actor -> actor.organisationId() != null && actor.organisationType() != OrganisationType.LOCAL_TEAM,
				java.util.Set.of(Role.TEAM_LEAD));
	}

	@GetMapping("/team/expertise-requests")
	String overview(Actor actor, @RequestParam(defaultValue = "0") int waiting,
			@RequestParam(defaultValue = "0") int accepted, @RequestParam(defaultValue = "0") int ending,
			@RequestParam(defaultValue = "0") int clocks, Model model) {
		model.addAttribute("overview",
				queries.overview(actor, RequestOverview.Pages.of(waiting, accepted, ending, clocks, PAGE_SIZE)));
		model.addAttribute("links", new Links(waiting, accepted, ending, clocks));
		return "safetyteam/overview";
	}

	/** Each list's pager keeps the pages of the other lists. */
	record Links(int waiting, int accepted, int ending, int clocks) {

		public String to(String list, int page) {
			return "/team/expertise-requests?waiting=%d&accepted=%d&ending=%d&clocks=%d".formatted(
					"waiting".equals(list) ? page : waiting, "accepted".equals(list) ? page : accepted,
					"ending".equals(list) ? page : ending, "clocks".equals(list) ? page : clocks);
		}
	}

}

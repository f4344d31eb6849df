package nl.kernteam.safetyteam;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiresRole(Role.TEAM_LEAD)
class RequestOverviewApiController {

	private final RequestOverviewQueries queries;

	RequestOverviewApiController(RequestOverviewQueries queries) {
		this.queries = queries;
	}

	/**
	 * {@code {waiting, accepted, endingSoon, clocks, endingWithinDays}}, each list
	 * {@code {items, page, size, total}}.
	 */
	@GetMapping("/api/v1/expertise-requests/overview")
	RequestOverview overview(Actor actor, @RequestParam(defaultValue = "0") int waiting,
			@RequestParam(defaultValue = "0") int accepted, @RequestParam(defaultValue = "0") int endingSoon,
			@RequestParam(defaultValue = "0") int clocks, @RequestParam(defaultValue = "20") int size) {
		return queries.overview(actor, RequestOverview.Pages.of(waiting, accepted, endingSoon, clocks, size));
	}

}

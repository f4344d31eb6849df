package nl.kernteam.safetyteam;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiresRole(Role.PROFESSIONAL)
class DeadlineApiController {

	private final ReportQueries queries;

	DeadlineApiController(ReportQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/deadlines")
	PageOf<DeadlineRow> deadlines(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.deadlines(actor, new PageOf.Request(page, size));
	}

}

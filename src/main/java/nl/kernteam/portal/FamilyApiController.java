package nl.kernteam.portal;

import java.util.Map;

import nl.kernteam.audit.AccessLogCursor;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.FamilyMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's own API (CONTRACT.md, "The family's own Kernteam"): only for a logged-in
 * family member, only about their own household.
 */
@RestController
@RequestMapping("/api/v1/family")
class FamilyApiController {

	private final FamilyQueries queries;

	FamilyApiController(FamilyQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/household")
	FamilyHousehold household(FamilyMember member) {
		return queries.household(member);
	}

	/**
	 * Who looked at the file, newest first: who, for which organisation, what they did,
	 * and whether it was an emergency access.
	 */
	@GetMapping("/access-log")
	Map<String, Object> accessLog(FamilyMember member, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) String before) {
		var log = queries.accessLog(member, new AccessLogPage.Request(Math.max(1, Math.min(size, 100)),
				AccessLogCursor.parse(before, "before"), null, null));
		return log.older() == null ? Map.of("items", log.items(), "total", log.total())
				: Map.of("items", log.items(), "total", log.total(), "older", log.older());
	}

}

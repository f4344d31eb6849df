package nl.kernteam.portal;

import java.util.List;
import java.util.Map;

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
	Map<String, Object> accessLog(FamilyMember member, @RequestParam(defaultValue = "50") int size) {
		var page = queries.accessLog(member, AccessLogPage.Request.newest(Math.max(1, Math.min(size, 100))));
		List<Map<String, Object>> items = page.items()
			.stream()
			.map(entry -> Map.<String, Object>of("at", entry.at(), "actorName", entry.actorName(), "organisationName",
					entry.organisationName() == null ? "" : entry.organisationName(), "action", entry.action(),
					"emergency", entry.emergency()))
			.toList();
		return Map.of("items", items, "total", page.total());
	}

}

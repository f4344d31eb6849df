package nl.kernteam.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.kernteam.audit.AccessLogCursor;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.FamilyMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	private final FamilySharing sharing;

	FamilyApiController(FamilyQueries queries, FamilySharing sharing) {
		this.queries = queries;
		this.sharing = sharing;
	}

	/**
	 * Who may see what concerns this member: from 16 the member decides
	 * ({@code decides}).
	 */
	@GetMapping("/sharing")
	FamilySharing.Setting sharing(FamilyMember member) {
		return sharing.setting(member);
	}

	@PutMapping("/sharing")
	FamilySharing.Setting allow(FamilyMember member, @Valid @RequestBody SharingRequest request) {
		sharing.allow(member, Set.copyOf(request.allowed()));
		return sharing.setting(member);
	}

	record SharingRequest(@NotNull @Size(max = 30) List<@NotNull UUID> allowed) {
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

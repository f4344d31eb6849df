package nl.kernteam.network;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.SharedItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sharing with a partner on a legal basis (CONTRACT.md, "Need to know"). */
@RestController
@RequestMapping("/api/v1/households/{id}/shares")
class ShareApiController {

	private final ShareManagement management;

	private final ShareQueries queries;

	ShareApiController(ShareManagement management, ShareQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping
	Map<String, List<ShareRow>> list(Actor actor, @PathVariable UUID id) {
		return Map.of("items", queries.shares(actor, HouseholdId.of(id)));
	}

	@PostMapping
	ResponseEntity<Map<String, UUID>> share(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ShareRequest request) {
		UUID created = management.share(actor, HouseholdId.of(id),
				new ShareWithPartner(request.id(), request.involvementId(), request.what(), request.legalBasis(),
						request.consentOf(), request.until(), request.explanation()));
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/shares/" + created))
			.body(Map.of("id", created));
	}

	/** Ends the share at once; revoking it again changes nothing and answers the same. */
	@PostMapping("/{shareId}/revoke")
	Map<String, String> revoke(Actor actor, @PathVariable UUID id, @PathVariable UUID shareId) {
		management.revoke(actor, HouseholdId.of(id), shareId);
		return Map.of("status", "REVOKED");
	}

	/** {@code id}: chosen by the client so that a repeated request shares once. */
	record ShareRequest(UUID id, UUID involvementId, SharedItem what, LegalBasis legalBasis,
			@Size(max = 30) List<UUID> consentOf, @PlausibleDate LocalDate until,
			@Size(max = 1000) @PlainText String explanation) {
	}

}

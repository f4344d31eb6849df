package nl.kernteam.safetyteam;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LegalStepApiController {

	private final LegalStepManagement management;

	private final LegalStepQueries queries;

	LegalStepApiController(LegalStepManagement management, LegalStepQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping("/api/v1/households/{id}/legal-steps")
	LegalSteps list(Actor actor, @PathVariable UUID id) {
		return queries.ofHousehold(actor, HouseholdId.of(id));
	}

	@PostMapping("/api/v1/households/{id}/raad-requests")
	ResponseEntity<Map<String, UUID>> request(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody RaadRequestInput.Request request) {
		return created(id, management.request(actor, HouseholdId.of(id), request));
	}

	@PostMapping("/api/v1/households/{id}/raad-requests/{requestId}/table")
	ResponseEntity<Void> table(Actor actor, @PathVariable UUID id, @PathVariable UUID requestId,
			@Valid @RequestBody RaadRequestInput.TableMeeting table) {
		management.table(actor, HouseholdId.of(id), requestId, table);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/households/{id}/raad-requests/{requestId}/advice")
	ResponseEntity<Void> advice(Actor actor, @PathVariable UUID id, @PathVariable UUID requestId,
			@Valid @RequestBody RaadRequestInput.Advice advice) {
		management.advice(actor, HouseholdId.of(id), requestId, advice);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/households/{id}/placement-decisions")
	ResponseEntity<Map<String, UUID>> decide(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody PlacementDecisionInput decision) {
		return created(id, management.decide(actor, HouseholdId.of(id), decision));
	}

	private static ResponseEntity<Map<String, UUID>> created(UUID household, UUID id) {
		return ResponseEntity.created(URI.create("/api/v1/households/" + household + "/legal-steps#" + id))
			.body(Map.of("id", id));
	}

}

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households/{id}/court-orders")
class CourtOrderApiController {

	private final CourtOrderManagement management;

	private final CourtOrderQueries queries;

	CourtOrderApiController(CourtOrderManagement management, CourtOrderQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping
	CourtOrderDetails.OfHousehold list(Actor actor, @PathVariable UUID id) {
		return queries.ofHousehold(actor, HouseholdId.of(id));
	}

	@PostMapping
	ResponseEntity<Map<String, UUID>> record(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody RecordCourtOrder order) {
		UUID created = management.record(actor, HouseholdId.of(id), order);
		return created(id, created);
	}

	@PostMapping("/{orderId}/extensions")
	ResponseEntity<Map<String, UUID>> extend(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @RequestBody ExtendCourtOrder extension) {
		return created(id, management.extend(actor, HouseholdId.of(id), orderId, extension));
	}

	@PostMapping("/{orderId}/instructions")
	ResponseEntity<Map<String, UUID>> instruct(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @RequestBody RecordInstruction instruction) {
		return created(id, management.instruct(actor, HouseholdId.of(id), orderId, instruction));
	}

	@PostMapping("/{orderId}/placement")
	ResponseEntity<Void> placementStarted(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @RequestBody RecordPlacementStart placement) {
		management.placementStarted(actor, HouseholdId.of(id), orderId, placement);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{orderId}/hearing")
	ResponseEntity<Void> heard(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @RequestBody RecordHearing hearing) {
		management.heard(actor, HouseholdId.of(id), orderId, hearing);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<Map<String, UUID>> created(UUID household, UUID id) {
		return ResponseEntity.created(URI.create("/api/v1/households/" + household + "/court-orders#" + id))
			.body(Map.of("id", id));
	}

}

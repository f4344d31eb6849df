package nl.kernteam.portal;

import java.net.URI;
import java.util.List;
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

/**
 * The core team's side of withholding: keep an item from one family member with a legal
 * reason and a review date, list them, end one.
 */
@RestController
@RequestMapping("/api/v1/households/{id}/withholdings")
class WithholdingApiController {

	private final Withholdings withholdings;

	WithholdingApiController(Withholdings withholdings) {
		this.withholdings = withholdings;
	}

	@GetMapping
	Map<String, List<Withholding>> list(Actor actor, @PathVariable UUID id) {
		return Map.of("items", withholdings.list(actor, HouseholdId.of(id)));
	}

	@PostMapping
	ResponseEntity<Map<String, UUID>> withhold(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody Withhold request) {
		UUID created = withholdings.withhold(actor, HouseholdId.of(id), request);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/withholdings/" + created))
			.body(Map.of("id", created));
	}

	@PostMapping("/{withholdingId}/end")
	Map<String, String> end(Actor actor, @PathVariable UUID id, @PathVariable UUID withholdingId) {
		withholdings.end(actor, HouseholdId.of(id), withholdingId);
		return Map.of("status", "ENDED");
	}

}

package nl.kernteam.household;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Relations, the family system across households, and life-domain checks. */
@RestController
@RequestMapping("/api/v1/households/{id}")
class FamilySystemApiController {

	private final FamilySystemManagement management;

	private final FamilySystemQueries queries;

	FamilySystemApiController(FamilySystemManagement management, FamilySystemQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@PostMapping("/relations")
	ResponseEntity<Map<String, UUID>> addRelation(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody AddRelation relation) {
		UUID created = management.addRelation(actor, HouseholdId.of(id), relation);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/relations"))
			.body(Map.of("id", created));
	}

	@GetMapping("/relations")
	Map<String, List<RelationDetails>> relations(Actor actor, @PathVariable UUID id) {
		return Map.of("items", queries.relations(actor, HouseholdId.of(id)));
	}

	@PostMapping("/relations/{relationId}/end")
	Map<String, String> endRelation(Actor actor, @PathVariable UUID id, @PathVariable UUID relationId) {
		management.endRelation(actor, HouseholdId.of(id), relationId);
		return Map.of("status", "OK");
	}

	@PostMapping("/themes")
	ResponseEntity<Map<String, String>> markTheme(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody MarkTheme mark) {
		management.markTheme(actor, HouseholdId.of(id), mark);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/family-system"))
			.body(Map.of("status", "OK"));
	}

	@PostMapping("/themes/end")
	Map<String, String> endTheme(Actor actor, @PathVariable UUID id, @Valid @RequestBody MarkTheme mark) {
		management.endTheme(actor, HouseholdId.of(id), mark);
		return Map.of("status", "OK");
	}

	@GetMapping("/family-system")
	FamilySystem familySystem(Actor actor, @PathVariable UUID id) {
		return queries.familySystem(actor, HouseholdId.of(id));
	}

	@PostMapping("/links")
	ResponseEntity<Map<String, UUID>> link(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody LinkHouseholds link) {
		UUID created = management.link(actor, HouseholdId.of(id), link);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/family-system"))
			.body(Map.of("id", created));
	}

	@PostMapping("/life-domains")
	ResponseEntity<Map<String, UUID>> recordLifeDomains(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody RecordLifeDomains check) {
		UUID created = management.recordLifeDomains(actor, HouseholdId.of(id), check);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/life-domains"))
			.body(Map.of("id", created));
	}

	/** Newest first, paged. */
	@GetMapping("/life-domains")
	PageOf<LifeDomainCheck> lifeDomains(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.lifeDomains(actor, HouseholdId.of(id), new PageOf.Request(page, size));
	}

}

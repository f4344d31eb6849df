package nl.kernteam.safetyteam;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expertise requests through the API: asked under a household, decided from the duty
 * queue.
 */
@RestController
@RequiresRole(Role.PROFESSIONAL)
class ExpertiseRequestApiController {

	private final ExpertiseRequestManagement management;

	private final ExpertiseRequestQueries queries;

	ExpertiseRequestApiController(ExpertiseRequestManagement management, ExpertiseRequestQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@PostMapping("/api/v1/households/{id}/expertise-requests")
	ResponseEntity<Map<String, Object>> request(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ExpertiseRequestInput input) {
		UUID request = management.request(actor, HouseholdId.of(id), input);
		return ResponseEntity.created(URI.create("/api/v1/expertise-requests/" + request))
			.body(status(request, ExpertiseRequestStatus.REQUESTED));
	}

	@GetMapping("/api/v1/households/{id}/expertise-requests")
	Map<String, List<ExpertiseRequestRow>> ofHousehold(Actor actor, @PathVariable UUID id) {
		return Map.of("items", queries.ofHousehold(actor, HouseholdId.of(id)));
	}

	/** The requests to the caller's organisation. */
	@GetMapping("/api/v1/expertise-requests")
	DutyQueue dutyQueue(Actor actor) {
		return queries.dutyQueue(actor);
	}

	@PostMapping("/api/v1/expertise-requests/{id}/accept")
	Map<String, Object> accept(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody(required = false) ExpertiseRequestAcceptance acceptance) {
		management.accept(actor, id, acceptance == null ? new ExpertiseRequestAcceptance(null) : acceptance);
		return status(id, ExpertiseRequestStatus.ACCEPTED);
	}

	@PostMapping("/api/v1/expertise-requests/{id}/decline")
	Map<String, Object> decline(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ExpertiseRequestDecline decline) {
		management.decline(actor, id, decline);
		return status(id, ExpertiseRequestStatus.DECLINED);
	}

	@PostMapping("/api/v1/expertise-requests/{id}/answer")
	Map<String, Object> answer(Actor actor, @PathVariable UUID id, @Valid @RequestBody ExpertiseRequestAnswer answer) {
		management.answer(actor, id, answer);
		return Map.of("id", id);
	}

	@PostMapping("/api/v1/expertise-requests/{id}/extend")
	Map<String, Object> extend(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ExpertiseRequestExtension extension) {
		management.extend(actor, id, extension);
		return Map.of("id", id, "until", extension.until());
	}

	private static Map<String, Object> status(UUID id, ExpertiseRequestStatus status) {
		return Map.of("id", id, "status", status);
	}

}

package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reflections on a household; the team's intervision sessions and its rhythm. */
@RestController
class ReflectionApiController {

	private final Reflections reflections;

	ReflectionApiController(Reflections reflections) {
		this.reflections = reflections;
	}

	@PostMapping("/api/v1/households/{id}/reflections")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> reflect(Actor actor, @PathVariable UUID id, @Valid @RequestBody Reflect request) {
		return Map.of("id", reflections.reflect(actor, HouseholdId.of(id), request));
	}

	@GetMapping("/api/v1/households/{id}/reflections")
	List<Reflection> reflections(Actor actor, @PathVariable UUID id) {
		return reflections.of(actor, HouseholdId.of(id));
	}

	@RequiresRole(Role.TEAM_LEAD)
	@PostMapping("/api/v1/learning/intervisions")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> intervision(Actor actor, @Valid @RequestBody IntervisionRequest request) {
		return Map.of("id", reflections.intervision(actor, request.heldOn(), request.attendees(), request.cases()));
	}

	@RequiresRole(Role.TEAM_LEAD)
	@GetMapping("/api/v1/learning/rhythm")
	Rhythm rhythm(Actor actor) {
		return reflections.rhythm(actor);
	}

	record IntervisionRequest(@PlausibleDate LocalDate heldOn, @Size(max = 50) List<UUID> attendees,
			@Size(max = 20) List<@PlainText @Size(max = 200) String> cases) {

		IntervisionRequest {
			attendees = attendees == null ? List.of() : attendees;
			cases = cases == null ? List.of() : cases;
		}
	}

}

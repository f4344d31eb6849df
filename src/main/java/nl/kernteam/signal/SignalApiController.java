package nl.kernteam.signal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiresRole(Role.PROFESSIONAL)
@RequestMapping("/api/v1/signals")
class SignalApiController {

	private final SignalManagement management;

	private final SignalQueries queries;

	SignalApiController(SignalManagement management, SignalQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@PostMapping
	ResponseEntity<RegisteredSignal> register(Actor actor, @Valid @RequestBody RegisterSignal command) {
		var registered = management.register(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/signals/" + registered.id())).body(registered);
	}

	/** The caller's organisation's active signals. */
	@GetMapping
	PageOf<SignalSummary> list(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.organisationSignals(actor, new PageOf.Request(page, size));
	}

	@GetMapping("/matches")
	PageOf<SignalMatch> matches(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.matches(actor, new PageOf.Request(page, size));
	}

	@PostMapping("/{id}/withdraw")
	WithdrawnSignal withdraw(Actor actor, @PathVariable UUID id) {
		return management.withdraw(actor, SignalId.of(id));
	}

}

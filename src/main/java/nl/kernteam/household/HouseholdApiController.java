package nl.kernteam.household;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessLogEntry;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households")
class HouseholdApiController {

	private final HouseholdManagement management;

	private final HouseholdQueries queries;

	private final HouseholdAccessLog accessLog;

	HouseholdApiController(HouseholdManagement management, HouseholdQueries queries, HouseholdAccessLog accessLog) {
		this.management = management;
		this.queries = queries;
		this.accessLog = accessLog;
	}

	@PostMapping
	ResponseEntity<HouseholdDetails> create(Actor actor, @Valid @RequestBody RegisterHousehold command) {
		var id = management.register(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(queries.details(actor, id));
	}

	@GetMapping
	PageOf<HouseholdSummary> list(Actor actor, @RequestParam(defaultValue = "") String query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return queries.list(actor, query, new PageOf.Request(page, size));
	}

	@GetMapping("/{id}")
	HouseholdDetails show(Actor actor, @PathVariable UUID id) {
		return queries.details(actor, HouseholdId.of(id));
	}

	@PutMapping("/{id}")
	HouseholdDetails update(Actor actor, @PathVariable UUID id, @Valid @RequestBody UpdateHousehold command) {
		management.update(actor, HouseholdId.of(id), command);
		return queries.details(actor, HouseholdId.of(id));
	}

	@OutsideNetwork
	@GetMapping("/{id}/access-log")
	PageOf<AccessLogEntry> accessLog(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return accessLog.forHousehold(actor, HouseholdId.of(id), new PageOf.Request(page, size));
	}
}

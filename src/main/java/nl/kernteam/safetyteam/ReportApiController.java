package nl.kernteam.safetyteam;

import java.net.URI;
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
@RequestMapping("/api/v1/households/{id}/reports")
class ReportApiController {

	private final ReportManagement management;

	private final ReportQueries queries;

	ReportApiController(ReportManagement management, ReportQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping
	ReportDetails.OfHousehold list(Actor actor, @PathVariable UUID id) {
		return queries.ofHousehold(actor, HouseholdId.of(id));
	}

	@PostMapping
	ResponseEntity<ReportManagement.Recorded> record(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody RecordReport report) {
		var recorded = management.record(actor, HouseholdId.of(id), report);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/reports#" + recorded.id()))
			.body(recorded);
	}

}

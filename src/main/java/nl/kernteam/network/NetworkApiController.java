package nl.kernteam.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.Reason;
import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlainText;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/households/{id}")
class NetworkApiController {

	private final NetworkQueries queries;

	private final NetworkManagement management;

	private final EmergencyAccessManagement emergencyAccess;

	private final NetworkMeasures measures;

	private final HouseholdAccess access;

	NetworkApiController(NetworkQueries queries, NetworkManagement management,
			EmergencyAccessManagement emergencyAccess, NetworkMeasures measures, HouseholdAccess access) {
		this.access = access;
		this.emergencyAccess = emergencyAccess;
		this.queries = queries;
		this.management = management;
		this.measures = measures;
	}

	@GetMapping("/network")
	NetworkDetails network(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return queries.network(actor, HouseholdId.of(id), on);
	}

	/**
	 * A professional ({@code professionalId, role, reason}) or an informal member
	 * ({@code personName, relation, role: INFORMAL}).
	 */
	@PostMapping("/involvements")
	ResponseEntity<InvolvementRow> involve(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody InvolvementRequest request) {
		var household = HouseholdId.of(id);
		if (request.role() == null) {
			throw new InvalidInputException("role", "network.role.required");
		}
		UUID created = request.role() == InvolvementRole.INFORMAL
				? management.addInformal(actor, household,
						new AddInformal(request.id(), request.personName(), request.relation(), request.reason(),
								request.phone(), request.email()))
				: management.addProfessional(actor, household,
						new AddProfessional(request.id(), request.professionalId(), request.role(), request.reason()));
		var row = queries.network(actor, household)
			.involvements()
			.stream()
			.filter(i -> i.id().equals(created))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/involvements/" + created)).body(row);
	}

	@PostMapping("/involvements/{involvementId}/end")
	Object end(Actor actor, @PathVariable UUID id, @PathVariable UUID involvementId,
			@Valid @RequestBody(required = false) ReasonRequest request) {
		var household = HouseholdId.of(id);
		management.endInvolvement(actor, household, involvementId, request == null ? null : request.reason());
		return networkIfStillVisible(actor, household);
	}

	@OutsideNetwork // a team lead may hand over a household whose contact person leaves
	@PutMapping("/contact-person")
	Object contactPerson(Actor actor, @PathVariable UUID id, @Valid @RequestBody ContactPersonRequest request) {
		var household = HouseholdId.of(id);
		management.changeContactPerson(actor, household, ProfessionalId.ofNullable(request.professionalId()),
				request.reason(), request.previousStaysInvolved() == null || request.previousStaysInvolved());
		return networkIfStillVisible(actor, household);
	}

	@PutMapping("/director")
	NetworkDetails director(Actor actor, @PathVariable UUID id, @Valid @RequestBody DirectorRequest request) {
		var household = HouseholdId.of(id);
		management.changeDirector(actor, household, ProfessionalId.ofNullable(request.professionalId()),
				request.reason());
		return queries.network(actor, household);
	}

	@OutsideNetwork // by definition asked by someone outside the network
	@RequiresRole(Role.PROFESSIONAL)
	@PostMapping("/emergency-access")
	ResponseEntity<Map<String, Instant>> emergencyAccess(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody(required = false) ReasonRequest request) {
		Instant expiresAt = emergencyAccess.requestEmergencyAccess(actor, HouseholdId.of(id),
				request == null ? null : request.reason());
		return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(Map.of("expiresAt", expiresAt));
	}

	@GetMapping("/timeline")
	PageOf<TimelineEntry> timeline(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return queries.timeline(actor, HouseholdId.of(id), new PageOf.Request(page, size));
	}

	@PostMapping("/notes")
	ResponseEntity<Map<String, UUID>> note(Actor actor, @PathVariable UUID id, @Valid @RequestBody AddNote note) {
		UUID created = management.addNote(actor, HouseholdId.of(id), note);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/timeline")).body(Map.of("id", created));
	}

	@GetMapping("/measures")
	NetworkMeasures.HouseholdMeasures measures(Actor actor, @PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return measures.forHousehold(actor, HouseholdId.of(id), from, to);
	}

	/**
	 * After leaving the network (or handing over from outside it) the caller gets a plain
	 * acknowledgement.
	 */
	private Object networkIfStillVisible(Actor actor, HouseholdId household) {
		return access.maySee(actor, household) ? queries.network(actor, household) : Map.of("status", "OK");
	}

	record InvolvementRequest(UUID id, UUID professionalId, @Size(max = 200) @ReadableName String personName,
			@Size(max = 100) @ReadableName String relation, InvolvementRole role, @Reason String reason,
			@Size(max = 40) @PlainText(singleLine = true) String phone,
			@Size(max = 200) @PlainText(singleLine = true) String email) {
	}

	record ReasonRequest(@Reason String reason) {
	}

	record ContactPersonRequest(UUID professionalId, @Reason String reason, Boolean previousStaysInvolved) {
	}

	record DirectorRequest(@NotNull UUID professionalId, @Reason String reason) {
	}

}

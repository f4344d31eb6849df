package nl.kernteam.identity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration API; security allows it to {@code FUNCTIONAL_ADMIN} only. */
@RestController
class AdminApiController {

	private final IdentityManagement identity;

	private final Professionals professionals;

	AdminApiController(IdentityManagement identity, Professionals professionals) {
		this.identity = identity;
		this.professionals = professionals;
	}

	@PostMapping("/api/v1/organisations")
	ResponseEntity<OrganisationSummary> createOrganisation(@Valid @RequestBody CreateOrganisation command) {
		var created = identity.createOrganisation(command);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/organisations")
	List<OrganisationSummary> organisations() {
		return professionals.organisations();
	}

	@GetMapping("/api/v1/organisations/{id}")
	OrganisationSummary organisation(@PathVariable UUID id) {
		return professionals.organisation(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

	@PostMapping("/api/v1/professionals")
	ResponseEntity<ProfessionalSummary> createProfessional(@Valid @RequestBody CreateProfessional command) {
		var created = identity.createProfessional(command);
		return ResponseEntity.created(URI.create("/api/v1/professionals/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/professionals")
	PageOf<ProfessionalSummary> professionals(@RequestParam(defaultValue = "") String query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return professionals.searchIncludingInactive(query, new PageOf.Request(page, size));
	}

	@GetMapping("/api/v1/professionals/{id}")
	ProfessionalSummary professional(@PathVariable UUID id) {
		return professionals.find(id).orElseThrow(() -> new NotFoundException("professional " + id));
	}

	@PutMapping("/api/v1/professionals/{id}")
	ProfessionalSummary updateProfessional(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody UpdateProfessional command) {
		return identity.updateProfessional(actor, id, command);
	}

	@PostMapping("/api/v1/professionals/{id}/deactivate")
	ProfessionalSummary deactivate(Actor actor, @PathVariable UUID id) {
		identity.deactivate(actor, id);
		return professionals.find(id).orElseThrow();
	}

	@PostMapping("/api/v1/professionals/{id}/activate")
	ProfessionalSummary activate(@PathVariable UUID id) {
		identity.activate(id);
		return professionals.find(id).orElseThrow();
	}

}

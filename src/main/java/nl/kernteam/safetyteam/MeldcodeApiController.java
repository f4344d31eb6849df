package nl.kernteam.safetyteam;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households/{id}/meldcode")
class MeldcodeApiController {

	private final MeldcodeManagement management;

	MeldcodeApiController(MeldcodeManagement management) {
		this.management = management;
	}

	@GetMapping
	MeldcodeTrail trail(Actor actor, @PathVariable UUID id) {
		return management.trail(actor, HouseholdId.of(id));
	}

	@PutMapping("/steps/{step}")
	MeldcodeTrail step(Actor actor, @PathVariable UUID id, @PathVariable MeldcodeStep step,
			@Valid @RequestBody RecordMeldcodeStep record) {
		return management.recordStep(actor, HouseholdId.of(id), step, record);
	}

	@PutMapping("/child-check")
	MeldcodeTrail childCheck(Actor actor, @PathVariable UUID id, @Valid @RequestBody RecordChildCheck check) {
		return management.recordChildCheck(actor, HouseholdId.of(id), check);
	}

	@PutMapping("/weighing")
	MeldcodeTrail weighing(Actor actor, @PathVariable UUID id, @Valid @RequestBody AnswerMeldcodeWeighing answers) {
		return management.answer(actor, HouseholdId.of(id), answers);
	}

	@PostMapping("/decision")
	MeldcodeTrail decide(Actor actor, @PathVariable UUID id, @Valid @RequestBody DecideMeldcode decision) {
		return management.decide(actor, HouseholdId.of(id), decision);
	}

}

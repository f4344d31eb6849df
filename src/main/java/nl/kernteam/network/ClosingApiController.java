package nl.kernteam.network;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.kernteam.household.CloseHousehold;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.validation.Reason;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closing and reopening a household's file (CONTRACT.md, "The legal track and the end of
 * help").
 */
@RestController
@RequestMapping("/api/v1/households/{id}")
class ClosingApiController {

	private final HouseholdClosing closing;

	ClosingApiController(HouseholdClosing closing) {
		this.closing = closing;
	}

	@PostMapping("/close")
	Map<String, String> close(Actor actor, @PathVariable UUID id, @Valid @RequestBody CloseHousehold request) {
		closing.close(actor, HouseholdId.of(id), request);
		return Map.of("status", "CLOSED");
	}

	/** Nobody is involved with a closed household: the reopening rule decides. */
	@OutsideNetwork
	@PostMapping("/reopen")
	Map<String, String> reopen(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReopenRequest request) {
		closing.reopen(actor, HouseholdId.of(id), request.reason());
		return Map.of("status", "OPEN");
	}

	record ReopenRequest(@NotBlank(message = "{household.closed.reasonRequired}") @Reason String reason) {
	}

}

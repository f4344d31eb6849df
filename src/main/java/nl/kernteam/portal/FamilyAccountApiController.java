package nl.kernteam.portal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.FamilyAccount;
import nl.kernteam.identity.FamilyAccounts;
import nl.kernteam.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact person's side of family accounts (CONTRACT.md, "The family's own
 * Kernteam"). The one-time code is in the answer once and nowhere else.
 */
@RestController
@RequestMapping("/api/v1/households/{id}/family-accounts")
class FamilyAccountApiController {

	private final FamilyAccountManagement management;

	FamilyAccountApiController(FamilyAccountManagement management) {
		this.management = management;
	}

	@GetMapping
	Map<String, List<FamilyAccount>> list(Actor actor, @PathVariable UUID id) {
		return Map.of("items", management.accounts(actor, HouseholdId.of(id)));
	}

	@PostMapping
	ResponseEntity<FamilyAccounts.Invitation> invite(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody InviteRequest request) {
		var invitation = management.invite(actor, HouseholdId.of(id), request.memberId());
		return ResponseEntity
			.created(URI.create("/api/v1/households/" + id + "/family-accounts/" + invitation.accountId()))
			.body(invitation);
	}

	/** A new one-time code: for a lost password, or a code that expired. */
	@PostMapping("/{accountId}/code")
	FamilyAccounts.Invitation newCode(Actor actor, @PathVariable UUID id, @PathVariable UUID accountId) {
		return management.newCode(actor, HouseholdId.of(id), accountId);
	}

	@PostMapping("/{accountId}/end")
	Map<String, String> end(Actor actor, @PathVariable UUID id, @PathVariable UUID accountId) {
		management.end(actor, HouseholdId.of(id), accountId);
		return Map.of("status", "ENDED");
	}

	record InviteRequest(@NotNull UUID memberId) {
	}

}

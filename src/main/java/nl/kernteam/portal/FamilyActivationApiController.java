package nl.kernteam.portal;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.kernteam.identity.ActivateFamilyAccount;
import nl.kernteam.identity.FamilyAccount;
import nl.kernteam.identity.FamilyAccounts;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activating a family account, without being logged in: the code is the key. A wrong,
 * used or expired code is a 400 on {@code activationCode}, and counts as a failed login
 * of the client's address (the login throttle holds back guessing).
 */
@RestController
class FamilyActivationApiController {

	private final FamilyAccounts accounts;

	FamilyActivationApiController(FamilyAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/v1/family/activate")
	ResponseEntity<Map<String, Object>> activate(@Valid @RequestBody ActivateFamilyAccount request,
			HttpServletRequest http) {
		FamilyAccount account;
		try {
			account = accounts.activate(request);
		}
		catch (InvalidInputException wrong) {
			if (wrong.problems().stream().anyMatch(problem -> "activationCode".equals(problem.field()))) {
				http.setAttribute(FamilyAccounts.ACTIVATION_FAILED, true);
			}
			throw wrong;
		}
		return ResponseEntity.created(URI.create("/api/v1/family/household"))
			.body(Map.of("id", account.id(), "username", account.username()));
	}

}

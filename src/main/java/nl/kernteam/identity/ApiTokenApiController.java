package nl.kernteam.identity;

import nl.kernteam.shared.ForbiddenException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tokens}: an integration exchanges its credentials (HTTP Basic) once
 * for a short-lived token, and calls the API with {@code Authorization: Bearer …} without
 * a password check per call. A token cannot buy another token: only a password does.
 */
@RestController
class ApiTokenApiController {

	private final ApiTokens tokens;

	ApiTokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn) {
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<TokenResponse> issue(Authentication authentication) {
		if (authentication instanceof BearerTokenAuthentication) {
			throw new ForbiddenException("api.tokens.password-needed");
		}
		var issued = tokens.issue(authentication.getName());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn()));
	}

}

package nl.kernteam.audit;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The access log's check for privacy officers' tools: 403 for anyone else. */
@RestController
class AccessLogVerificationApiController {

	private final AccessLogIntegrity integrity;

	AccessLogVerificationApiController(AccessLogIntegrity integrity) {
		this.integrity = integrity;
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@PostMapping("/api/v1/access-log/verification")
	AccessLogVerification verify(Actor actor) {
		return integrity.verify(actor);
	}

}

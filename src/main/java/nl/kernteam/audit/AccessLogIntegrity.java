package nl.kernteam.audit;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the access log's hash chain (see {@code V2_2__audit_roles_and_hash_chain.sql}):
 * every row's hash is recomputed from its content and the stored hash of the row before
 * it in its lane, its place in the lane must follow that row's, and the last row of every
 * lane must be the one the lane's head remembers. So a changed row is named itself, a
 * removed row by the row after it, and removed newest rows by the head.
 */
@Service
class AccessLogIntegrity {

	private final AccessLogRepository repository;

	private final AccessLog accessLog;

	private final RoleAccess roles;

	AccessLogIntegrity(AccessLogRepository repository, AccessLog accessLog, RoleAccess roles) {
		this.roles = roles;
		this.repository = repository;
		this.accessLog = accessLog;
	}

	/**
	 * Reads the whole log in one statement (one snapshot, so rows being written meanwhile
	 * do not count as broken) and records that it was checked.
	 * @throws ForbiddenException when the actor is not a privacy officer
	 */
	@Transactional
	public AccessLogVerification verify(Actor actor) {
		roles.require(actor, "audit.privacyOfficerOnly", Role.PRIVACY_OFFICER);
		var result = repository.verify();
		accessLog.record(
				AccessEvent.granted(actor, null, AccessAction.VERIFY, "access-log", false).because("PRIVACY_OFFICER"));
		return result;
	}

}

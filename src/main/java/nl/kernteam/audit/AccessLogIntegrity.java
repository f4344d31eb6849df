package nl.kernteam.audit;

import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the access log's hash chain (see {@code V2_2__audit_roles_and_hash_chain.sql}): every row's hash is
 * recomputed from its content and the stored hash of the row before it in its lane, its place in the lane must
 * follow that row's, and the last row of every lane must be the one the lane's head remembers. So a changed row
 * is named itself, a removed row by the row after it, and removed newest rows by the head.
 */
@Service
class AccessLogIntegrity {

	private static final String VERIFY = """
			with checked as (
			    select id, at, household_id, lane, chain_seq, hash,
			           access_log_row_hash(coalesce(lag(hash) over w, decode(repeat('00', 32), 'hex')), lane, chain_seq,
			               id, at, actor_id, actor_name, organisation_id, organisation_name, household_id, action, resource,
			               outcome, emergency, basis) as expected,
			           coalesce(lag(chain_seq) over w, 0) + 1 as expected_seq,
			           row_number() over (partition by lane order by chain_seq desc) as from_end
			      from access_log
			    window w as (partition by lane order by chain_seq)
			), broken as (
			    select id, at, household_id from checked where hash is distinct from expected or chain_seq <> expected_seq
			    union all
			    select h.last_id, h.last_at, h.last_household_id
			      from access_log_chain h left join checked t on t.lane = h.lane and t.from_end = 1
			     where h.seq > 0 and (t.lane is null or t.chain_seq <> h.seq or t.hash <> h.hash)
			)
			select (select count(*) from checked) as rows,
			       (select count(*) from checked where hash = expected and chain_seq = expected_seq) as verified,
			       b.id, b.at, b.household_id
			  from (select 1) one left join lateral (select * from broken order by at, id limit 1) b on true
			""";

	private final JdbcClient jdbc;

	private final AccessLog accessLog;

	private final RoleAccess roles;

	AccessLogIntegrity(JdbcClient jdbc, AccessLog accessLog, RoleAccess roles) {
		this.roles = roles;
		this.jdbc = jdbc;
		this.accessLog = accessLog;
	}

	/**
	 * Reads the whole log in one statement (one snapshot, so rows being written meanwhile do not count as broken)
	 * and records that it was checked.
	 *
	 * @throws ForbiddenException when the actor is not a privacy officer
	 */
	@Transactional
	public AccessLogVerification verify(Actor actor) {
		roles.require(actor, "audit.privacyOfficerOnly", Role.PRIVACY_OFFICER);
		var result = jdbc.sql(VERIFY).query((rs, row) -> {
			long id = rs.getLong("id");
			var broken = rs.wasNull() ? null : new AccessLogVerification.BrokenRow(id,
					rs.getTimestamp("at").toInstant(), rs.getObject("household_id", UUID.class));
			return new AccessLogVerification(rs.getLong("rows"), rs.getLong("verified"), broken);
		}).single();
		accessLog.record(AccessEvent.granted(actor, null, AccessAction.VERIFY, "access-log", false));
		return result;
	}
}

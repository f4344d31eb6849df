package nl.kernteam.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed files someone may reopen: those whose last contact person they were, and for
 * a team lead those whose last contact person works for their organisation. The names
 * shown are logged as a search.
 */
@Service
@Transactional
class ClosedHouseholdQueries {

	private final JdbcClient jdbc;

	private final AccessLog accessLog;

	private final RoleAccess roles;

	ClosedHouseholdQueries(JdbcClient jdbc, AccessLog accessLog, RoleAccess roles) {
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.roles = roles;
	}

	PageOf<ClosedHousehold> closed(Actor actor, PageOf.Request page) {
		var result = PageOf.counted(page, request -> jdbc.sql("""
				select h.id, h.name, c.closed_at, c.retention_until, last.professional_id = :me as mine,
				       p.name as contact_person_name, count(*) over () as total
				  from closed_household c
				  join household_profile h on h.id = c.household_id
				  join lateral (select cp.professional_id from contact_person cp where cp.household_id = c.household_id
				                 order by cp.started_at desc, cp.id limit 1) last on true
				  join professional_profile p on p.id = last.professional_id
				 where last.professional_id = :me or (:teamLead and p.organisation_id = :organisation)
				 order by c.closed_at desc, h.id limit :limit offset :offset
				""")
			.param("me", actor.professionalId())
			.param("teamLead", roles.holds(actor, Role.TEAM_LEAD))
			.param("organisation", actor.organisationId())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query((rs,
					n) -> new PageOf.Counted<>(new ClosedHousehold(rs.getObject("id", UUID.class), rs.getString("name"),
							rs.getTimestamp("closed_at").toInstant(), rs.getObject("retention_until", LocalDate.class),
							rs.getBoolean("mine"), rs.getString("contact_person_name")), rs.getLong("total")))
			.list());
		accessLog.recordAll(actor, result.items().stream().map(ClosedHousehold::id).toList(), AccessAction.SEARCH,
				"closed-households");
		return result;
	}

	record ClosedHousehold(UUID id, String name, Instant closedAt, LocalDate retentionUntil, boolean mine,
			String lastContactPersonName) {
	}

}

package nl.kernteam.network;

import java.util.List;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team lead needs to keep every family with a contact person: the team's
 * professionals with their number of households, and, for one of them, which households
 * (logged per household, as it names them).
 */
@Service
@Transactional
public class TeamQueries {

	private final JdbcClient jdbc;

	private final DutyQueries network;

	private final Professionals professionals;

	private final AccessLog accessLog;

	private final RoleAccess roles;

	TeamQueries(JdbcClient jdbc, DutyQueries network, Professionals professionals, AccessLog accessLog,
			RoleAccess roles) {
		this.roles = roles;
		this.jdbc = jdbc;
		this.network = network;
		this.professionals = professionals;
		this.accessLog = accessLog;
	}

	public List<TeamMember> team(Actor actor) {
		requireTeamLead(actor);
		return jdbc
			.sql("""
					select p.id, p.name, p.active,
					       (select count(*) from contact_person c where c.professional_id = p.id and c.ended_at is null) as households
					  from professional_profile p
					 where p.organisation_id = :organisation
					 order by p.active desc, lower(p.name)
					""")
			.param("organisation", actor.organisationId())
			.query((rs, row) -> new TeamMember(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBoolean("active"), rs.getInt("households")))
			.list();
	}

	/** The households of which a team member is the contact person. */
	public PageOf<DutyQueries.Duty> contactPersonOf(Actor actor, UUID professionalId, PageOf.Request page) {
		requireTeamLead(actor);
		professionals.find(professionalId)
			.filter(p -> actor.organisationId().equals(p.organisationId()))
			.orElseThrow(() -> new NotFoundException("professional " + professionalId));
		var duties = network.contactPersonOf(professionalId, page);
		accessLog.recordAll(actor, duties.items().stream().map(DutyQueries.Duty::householdId).toList(),
				AccessAction.SEARCH, "team");
		return duties;
	}

	private void requireTeamLead(Actor actor) {
		if (!roles.holds(actor, Role.TEAM_LEAD) || actor.organisationId() == null) {
			throw new ForbiddenException("network.team.teamLeadsOnly");
		}
	}

	/**
	 * A professional of the team lead's organisation, and how many households they are
	 * contact person of.
	 */
	public record TeamMember(UUID id, String name, boolean active, int households) {
	}

}

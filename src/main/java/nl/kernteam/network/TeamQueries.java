package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
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

	private final java.time.Clock clock;

	TeamQueries(JdbcClient jdbc, DutyQueries network, Professionals professionals, AccessLog accessLog,
			RoleAccess roles, java.time.Clock clock) {
		this.roles = roles;
		this.clock = clock;
		this.jdbc = jdbc;
		this.network = network;
		this.professionals = professionals;
		this.accessLog = accessLog;
	}

	/**
	 * The team with its workload, in one query: per professional the families they are
	 * contact person of, the other families they are involved with, and their open and
	 * overdue agreements (Amsterdam's today).
	 */
	public List<TeamMember> team(Actor actor) {
		requireTeamLead(actor);
		return jdbc
			.sql("""
					select p.id, p.name, p.active,
					       (select count(*) from contact_person c where c.professional_id = p.id and c.ended_at is null) as households,
					       (select count(distinct i.household_id) from current_involvement i
					         where i.professional_id = p.id and not exists (select 1 from contact_person c
					               where c.household_id = i.household_id and c.professional_id = p.id and c.ended_at is null)) as involved,
					       (select count(*) from plan_open_professional_agreement a where a.owner_professional_id = p.id) as open_agreements,
					       (select count(*) from plan_open_professional_agreement a
					         where a.owner_professional_id = p.id and a.due_date < :today) as overdue_agreements
					  from professional_profile p
					 where p.organisation_id = :organisation
					 order by p.active desc, lower(p.name)
					""")
			.param("organisation", actor.organisationId())
			.param("today", LocalDate.ofInstant(clock.instant(), AmsterdamTime.ZONE))
			.query((rs, row) -> new TeamMember(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBoolean("active"), rs.getInt("households"), rs.getInt("involved"),
					rs.getInt("open_agreements"), rs.getInt("overdue_agreements")))
			.list();
	}

	/** The households of which a team member is the contact person. */
	public PageOf<DutyQueries.Duty> contactPersonOf(Actor actor, UUID professionalId, PageOf.Request page) {
		requireLeadOf(actor, professionalId);
		var duties = network.contactPersonOf(professionalId, page);
		accessLog.recordAll(actor, duties.items().stream().map(DutyQueries.Duty::householdId).toList(),
				AccessAction.SEARCH, "team");
		return duties;
	}

	/**
	 * Every household of which a team member is the contact person (for handing them over
	 * at once), logged per household as the page names them.
	 */
	public List<DutyQueries.Duty> allContactPersonOf(Actor actor, UUID professionalId) {
		requireLeadOf(actor, professionalId);
		var duties = network.contactPersonOf(professionalId, new PageOf.Request(0, PageOf.MAX_SIZE));
		var all = new java.util.ArrayList<>(duties.items());
		for (int page = 1; page < duties.totalPages() && all.size() < BulkHandover.MAX_FAMILIES; page++) {
			all.addAll(network.contactPersonOf(professionalId, new PageOf.Request(page, PageOf.MAX_SIZE)).items());
		}
		accessLog.recordAll(actor, all.stream().map(DutyQueries.Duty::householdId).toList(), AccessAction.SEARCH,
				"team");
		return all;
	}

	/**
	 * The actor leads the professional's team.
	 * @throws ForbiddenException for anyone but a team lead
	 * @throws NotFoundException for a professional of another organisation
	 */
	void requireLeadOf(Actor actor, UUID professionalId) {
		requireTeamLead(actor);
		professionals.find(professionalId)
			.filter(p -> actor.organisationId().equals(p.organisationId()))
			.orElseThrow(() -> new NotFoundException("professional " + professionalId));
	}

	private void requireTeamLead(Actor actor) {
		if (!roles.holds(actor, Role.TEAM_LEAD) || actor.organisationId() == null) {
			throw new ForbiddenException("network.team.teamLeadsOnly");
		}
	}

	/**
	 * A professional of the team lead's organisation and their workload: the households
	 * they are contact person of, the others they are involved with, and their open and
	 * overdue agreements.
	 */
	public record TeamMember(UUID id, String name, boolean active, int households, int involved, int openAgreements,
			int overdueAgreements) {
	}

}

package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdNames;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.ReadBatch;
import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the network and the timeline of a household, each read checked and logged by
 * {@link HouseholdAccess}.
 */
@Service
@Transactional
public class NetworkQueries {

	private final NetworkRepository network;

	private final EmergencyAccessRepository emergencyAccesses;

	private final NetworkLeadsRepository leads;

	private final HouseholdAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final HouseholdNames names;

	NetworkQueries(NetworkRepository network, EmergencyAccessRepository emergencyAccesses, NetworkLeadsRepository leads,
			HouseholdAccess access, JdbcClient jdbc, Clock clock, HouseholdNames names) {
		this.names = names;
		this.network = network;
		this.emergencyAccesses = emergencyAccesses;
		this.leads = leads;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The network now. */
	public NetworkDetails network(Actor actor, HouseholdId household) {
		return network(actor, household, null);
	}

	/**
	 * The network as it was at the end of a day in the past ({@code null}: now).
	 * Involvements are returned with their whole history;
	 * {@link NetworkDetails#current()} picks those of that moment.
	 */
	public NetworkDetails network(Actor actor, HouseholdId household, LocalDate on) {
		return network(actor, household, on, true);
	}

	/**
	 * The network now for the household page's core team section, which shows no
	 * emergency accesses: without them, one statement fewer per page (issue 19); its
	 * {@link NetworkDetails#emergencyAccesses()} is empty. Read with the page's other
	 * reads.
	 */
	Supplier<NetworkDetails> coreTeam(Actor actor, HouseholdId household, Reads reads) {
		return network(actor, household, null, false, reads);
	}

	private NetworkDetails network(Actor actor, HouseholdId household, LocalDate on, boolean withEmergencyAccesses) {
		return network(actor, household, on, withEmergencyAccesses, ReadBatch.now(jdbc)).get();
	}

	private Supplier<NetworkDetails> network(Actor actor, HouseholdId household, LocalDate on,
			boolean withEmergencyAccesses, Reads reads) {
		if (on != null && (on.getYear() < 1900 || on.getYear() > 2200)) {
			throw new InvalidInputException("on", "network.on.invalid");
		}
		access.read(actor, household, "network");
		Instant now = clock.instant();
		Instant at = on == null ? now
				: min(now, on.plusDays(1).atStartOfDay(AmsterdamTime.ZONE).toInstant().minusMillis(1));
		UUID id = household.value();
		String name = names.of(household);
		var leadRead = leads.leads(id, at, reads);
		var involvements = network.involvements(id, reads);
		var emergency = withEmergencyAccesses ? emergencyAccesses.emergencyAccesses(id) : List.<EmergencyAccessRow>of();
		return () -> {
			var lead = leadRead.get();
			var contactPerson = lead.contactPerson();
			var director = lead.director() == null ? contactPerson : lead.director();
			return new NetworkDetails(id, name, at, contactPerson, director,
					contactPerson != null && director != null
							&& director.professionalId().equals(contactPerson.professionalId()),
					involvements.get(), lead.handovers(), emergency);
		};
	}

	/**
	 * The household's timeline, newest first: notes, network changes, joint assessments,
	 * frozen versions of the plan and the closing and reopening of the file, in one query
	 * of indexed branches. (Assessments and plan versions through the views those modules
	 * publish.) Entries of kinds the actor may not see are left out: a partner sees notes
	 * for the network, and assessments only while they are shared, as the access decision
	 * says; of the shares with partners, a partner sees only their own.
	 * <p>
	 * Each branch reads its own table only and carries the ids of who acted and whom it
	 * is about; the names of professionals and organisations are joined once, on the
	 * page's entries, after the limit (issue 19: with the joins in every branch, starting
	 * the query's plan, about forty joins, cost PostgreSQL more than running it). An
	 * entry takes the organisation of the professional who acted, unless the branch names
	 * one itself ({@code org_of_actor} false: a note's organisation, an emergency
	 * access's).
	 */
	public PageOf<TimelineEntry> timeline(Actor actor, HouseholdId household, PageOf.Request page) {
		return timeline(actor, household, page, ReadBatch.now(jdbc)).get();
	}

	/** A page of the timeline, read with a page's other reads. */
	Supplier<PageOf<TimelineEntry>> timeline(Actor actor, HouseholdId household, PageOf.Request page, Reads reads) {
		access.read(actor, household, "timeline");
		var shown = new TimelineShown(household.value(),
				access.mayRead(actor, household, HouseholdItem.CORE_TEAM_NOTES),
				access.mayRead(actor, household, HouseholdItem.ASSESSMENTS),
				access.mayRead(actor, household, HouseholdItem.OTHER), sharesOnlyOf(actor, household),
				Timestamp.from(clock.instant()));
		var rows = timelineRows(shown, page, reads);
		// a page past the end is counted with one more read (PageOf.counted), at once
		return () -> PageOf.counted(page,
				request -> request == page ? rows.get() : timelineRows(shown, request, ReadBatch.now(jdbc)).get());
	}

	/** Which entries of which household the actor sees, at which moment. */
	private record TimelineShown(UUID household, boolean coreTeamNotes, boolean assessments, boolean legalTrack,
			UUID sharesOnlyOf, Timestamp now) {
	}

	private static Supplier<List<PageOf.Counted<TimelineEntry>>> timelineRows(TimelineShown shown,
			PageOf.Request request, Reads reads) {
		return reads.sql(TIMELINE)
			.param("household", shown.household())
			.param("coreTeamNotes", shown.coreTeamNotes())
			.param("assessments", shown.assessments())
			.param("legalTrack", shown.legalTrack())
			.param("sharesOnlyOf", shown.sharesOnlyOf())
			.param("now", shown.now())
			.param("limit", request.size())
			.param("offset", request.offset())
			.list((rs, row) -> {
				java.sql.Array present = rs.getArray("present");
				Timestamp at = rs.getTimestamp("at");
				return new PageOf.Counted<>(
						new TimelineEntry(rs.getString("type"), rs.getObject("id", UUID.class), at.toInstant(),
								rs.getObject("occurred_on", LocalDate.class), rs.getString("detail"),
								rs.getString("text"),
								present == null ? List.of() : Arrays.asList((String[]) present.getArray()),
								rs.getString("actor_name"), rs.getString("organisation_name"), rs.getString("subject")),
						rs.getLong("total"));
			});
	}

	/**
	 * Every event of the household, newest first, one page of them with the count. The
	 * page's size and start are given through a subquery the planner does not look into
	 * (issue 19): knowing the size (6 on the household page) it found its own plan
	 * cheaper than the prepared statement's generic one and planned this statement anew
	 * on every call, 1.2 ms of PostgreSQL's time for 0.1 ms of work.
	 */
	private static final String TIMELINE = """
			with entries as (
			    select 'NOTE' as type, n.id, n.created_at as at, n.occurred_on, n.kind as detail, n.text, n.present,
			           n.author_id as actor_id, false as org_of_actor, n.organisation_id as org_id,
			           n.audience as subject, cast(null as uuid) as subject_id, cast(null as uuid) as subject_org_id, false as subject_with_org
			      from note n
			     where n.household_id = :household and (n.audience = 'NETWORK' or :coreTeamNotes)
			    union all
			    select 'INVOLVEMENT_STARTED', i.id, i.started_at, null, i.role, i.reason, null,
			           i.started_by, true, null, i.person_name || ' (' || i.relation || ')', i.professional_id, i.organisation_id, true
			      from involvement i
			     where i.household_id = :household
			    union all
			    select 'INVOLVEMENT_ENDED', i.id, i.ended_at, null, i.role, i.end_reason, null,
			           i.ended_by, true, null, i.person_name || ' (' || i.relation || ')', i.professional_id, i.organisation_id, true
			      from involvement i
			     where i.household_id = :household and i.ended_at is not null
			    union all
			    select 'CONTACT_PERSON', c.id, c.started_at, null, null, c.reason, null, c.started_by, true, null, null, c.professional_id, null, false
			      from contact_person c
			     where c.household_id = :household
			    union all
			    select 'DIRECTOR', d.id, d.started_at, null, null, d.reason, null, d.started_by, true, null, null, d.professional_id, null, false
			      from director d
			     where d.household_id = :household
			    union all
			    select 'EMERGENCY_ACCESS', e.id, e.started_at, null, null, e.reason, null, e.professional_id, false, e.organisation_id,
			           null, null, null, false
			      from emergency_access e
			     where e.household_id = :household
			    union all
			    select 'ASSESSMENT', a.id, a.created_at, a.assessed_on, a.safety_judgement, null, null, a.created_by, true, null,
			           null, null, null, false
			      from assessment_meeting a
			     where a.household_id = :household and :assessments
			    union all
			    select 'SHARED', s.id, s.shared_at, s.until_on, s.what, s.legal_basis, s.consent_names, s.shared_by, true, null,
			           null, i.professional_id, i.organisation_id, true
			      from involvement_share s join involvement i on i.id = s.involvement_id
			     where s.household_id = :household and (cast(:sharesOnlyOf as uuid) is null or i.professional_id = :sharesOnlyOf)
			    union all
			    select 'SHARE_ENDED', s.id, coalesce(s.revoked_at, (s.until_on + 1)::timestamp at time zone 'Europe/Amsterdam'),
			           null, s.what, case when s.revoked_at is null then 'EXPIRED' else 'REVOKED' end, null, s.revoked_by, true, null,
			           null, i.professional_id, i.organisation_id, true
			      from involvement_share s join involvement i on i.id = s.involvement_id
			     where s.household_id = :household and (cast(:sharesOnlyOf as uuid) is null or i.professional_id = :sharesOnlyOf)
			       and (s.revoked_at is not null or (s.until_on + 1)::timestamp at time zone 'Europe/Amsterdam' <= :now)
			    union all
			    select 'CLOSED', c.id, c.closed_at, null, null, c.reason, null, c.closed_by, true, null, null, null, null, false
			      from household_closure_history c
			     where c.household_id = :household and c.closed_by is not null
			    union all
			    select 'REOPENED', c.id, c.reopened_at, null, null, c.reopen_reason, null, c.reopened_by, true, null, null, null, null, false
			      from household_closure_history c
			     where c.household_id = :household and c.reopened_at is not null and c.reopened_by is not null
			    union all
			    select 'PLAN_VERSION', null, v.frozen_at, null, v.phase, null, null, v.frozen_by, true, null, v.number::text, null, null, false
			      from plan_frozen_version v
			     where v.household_id = :household and v.frozen_by is not null
			    union all
			    select t.event, t.id, t.at, t.decided_on, t.kind, to_char(t.ends_on, 'FMDD-FMMM-YYYY'), null, t.created_by, true, null,
			           (select m.given_name from current_member m where m.id = t.child_member_id), null, null, false
			      from court_order_timeline t
			     where t.household_id = :household and t.created_by is not null and :legalTrack
			), page as (
			    select *, count(*) over () as total from entries order by at desc, id nulls last
			     limit (select cast(:limit as int)) offset (select cast(:offset as int))
			)
			select e.type, e.id, e.at, e.occurred_on, e.detail, e.text, e.present, a.name as actor_name,
			       case when e.org_of_actor then ao.name else eo.name end as organisation_name,
			       coalesce(s.name || case when e.subject_with_org then coalesce(' (' || so.name || ')', '') else '' end, e.subject) as subject,
			       e.total
			  from page e
			  left join professional_profile a on a.id = e.actor_id
			  left join organisation_profile ao on ao.id = a.organisation_id
			  left join organisation_profile eo on eo.id = e.org_id
			  left join professional_profile s on s.id = e.subject_id
			  left join organisation_profile so on so.id = e.subject_org_id
			 order by e.at desc, e.id nulls last
			""";

	/**
	 * Whose shares the actor sees: a partner only their own, everyone else all (the
	 * access decision's standing; a partner who directs the network stands as director).
	 */
	private UUID sharesOnlyOf(Actor actor, HouseholdId household) {
		return access.partnerOnly(actor, household) ? actor.professionalId() : null;
	}

	/**
	 * The audiences the actor may write a note for: a partner writes for the whole
	 * network only.
	 */
	public List<NoteAudience> noteAudiences(Actor actor, HouseholdId household) {
		return java.util.Arrays.stream(NoteAudience.values())
			.filter(audience -> access.mayAdd(actor, household,
					audience == NoteAudience.NETWORK ? HouseholdItem.NETWORK_NOTES : HouseholdItem.CORE_TEAM_NOTES))
			.toList();
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}

package nl.kernteam.safetyteam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team lead's overview of their organisation's requests and clocks
 * ({@link RequestOverview}): four lists, one query each, each on an index of the
 * organisation (V12_9, V12_8). Only a team lead of the organisation reads it; each
 * request shown is logged as the duty queue logs it, on the request's basis, and the
 * clocks' households as a search.
 */
@Service
@Transactional
class RequestOverviewQueries {

	private static final String COLUMNS = """
			r.id, r.household_id, r.question, r.urgency, r.until, r.status, rp.name as requested_by,
			ro.name as requesting_organisation, jp.name as professional_name, count(*) over () as total
			  from expertise_request r
			  join professional_profile rp on rp.id = r.requested_by
			  left join organisation_profile ro on ro.id = rp.organisation_id
			  left join professional_profile jp on jp.id = r.professional_id
			""";

	/** Accepted, running beyond the reminder window. */
	private static final String ACCEPTED = "select " + COLUMNS + """
			 where r.organisation_id = :organisation and r.status = 'ACCEPTED' and r.until > :soon
			 order by r.until, r.id
			 limit :limit offset :offset
			""";

	/** Accepted, the time box ends within the reminder window. */
	private static final String ENDING_SOON = "select " + COLUMNS + """
			 where r.organisation_id = :organisation and r.status = 'ACCEPTED' and r.until <= :soon
			 order by r.until, r.id
			 limit :limit offset :offset
			""";

	private final JdbcClient jdbc;

	private final AccessLog accessLog;

	private final RoleAccess roles;

	private final Clock clock;

	private final int reminderDays;

	RequestOverviewQueries(JdbcClient jdbc, AccessLog accessLog, RoleAccess roles, Clock clock,
			@Value("${kernteam.expertise-requests.reminder-days:7}") int reminderDays) {
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.roles = roles;
		this.clock = clock;
		this.reminderDays = reminderDays;
	}

	/**
	 * @throws ForbiddenException for anyone but a team lead with an organisation
	 */
	RequestOverview overview(Actor actor, RequestOverview.Pages pages) {
		roles.require(actor, "safetyteam.overview.teamLeadsOnly", Role.TEAM_LEAD);
		if (actor.organisationId() == null) {
			throw new ForbiddenException("safetyteam.overview.teamLeadsOnly");
		}
		LocalDate today = AmsterdamTime.today(clock);
		LocalDate soon = today.plusDays(reminderDays);
		var waiting = PageOf.counted(pages.waiting(),
				page -> jdbc.sql("select " + COLUMNS + """
						 where r.organisation_id = :organisation and r.status = 'REQUESTED'
						 order by r.urgency = 'ACUTE' desc, r.urgency = 'URGENT' desc, r.requested_at, r.id
						 limit :limit offset :offset
						""")
					.param("organisation", actor.organisationId())
					.param("limit", page.size())
					.param("offset", page.offset())
					.query(RequestOverviewQueries::request)
					.list());
		var accepted = PageOf.counted(pages.accepted(), page -> accepted(jdbc.sql(ACCEPTED), actor, soon, page));
		var endingSoon = PageOf.counted(pages.endingSoon(), page -> accepted(jdbc.sql(ENDING_SOON), actor, soon, page));
		var clocks = PageOf.counted(pages.clocks(), page -> jdbc.sql("""
				select d.report_id, d.household_id, d.kind, r.kind as report_kind, r.acute, r.received_on, d.due,
				       count(*) over () as total
				  from report_deadline d join report r on r.id = d.report_id
				 where d.organisation_id = :organisation and d.met_on is null and d.stopped_on is null
				 order by d.due, d.report_id, d.kind
				 limit :limit offset :offset
				""")
			.param("organisation", actor.organisationId())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new PageOf.Counted<>(clock(rs, today), rs.getLong("total")))
			.list());
		for (var list : List.of(waiting, accepted, endingSoon)) {
			list.items().forEach(item -> logRead(actor, item));
		}
		accessLog.recordAll(actor,
				clocks.items()
					.stream()
					.map(RequestOverview.Clock::householdId)
					.collect(Collectors.toCollection(LinkedHashSet::new)),
				AccessAction.SEARCH, "deadlines");
		return new RequestOverview(waiting, accepted, endingSoon, clocks, reminderDays);
	}

	private static List<PageOf.Counted<DutyQueueItem>> accepted(JdbcClient.StatementSpec statement, Actor actor,
			LocalDate soon, PageOf.Request page) {
		return statement.param("organisation", actor.organisationId())
			.param("soon", soon)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(RequestOverviewQueries::request)
			.list();
	}

	private void logRead(Actor actor, DutyQueueItem item) {
		accessLog.record(AccessEvent
			.granted(actor, item.householdId(), AccessAction.READ, "expertise-request:" + item.id(), false)
			.because(ExpertiseRequestManagement.BASIS));
	}

	private static PageOf.Counted<DutyQueueItem> request(ResultSet rs, int row) throws SQLException {
		return new PageOf.Counted<>(new DutyQueueItem(rs.getObject("id", UUID.class),
				rs.getObject("household_id", UUID.class), rs.getString("question"),
				ExpertiseRequestUrgency.valueOf(rs.getString("urgency")), rs.getObject("until", LocalDate.class),
				ExpertiseRequestStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
				rs.getString("requesting_organisation"), rs.getString("professional_name")), rs.getLong("total"));
	}

	private static RequestOverview.Clock clock(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject("due", LocalDate.class);
		return new RequestOverview.Clock(rs.getObject("report_id", UUID.class),
				rs.getObject("household_id", UUID.class), DeadlineKind.valueOf(rs.getString("kind")),
				ReportKind.valueOf(rs.getString("report_kind")), rs.getBoolean("acute"),
				rs.getObject("received_on", LocalDate.class), due, due.isBefore(today),
				ChronoUnit.DAYS.between(today, due));
	}

}

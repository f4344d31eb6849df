package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.ReadBatch;
import nl.kernteam.shared.Reads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads reports and their clocks: a household's (through {@code HouseholdAccess}), and
 * the running clocks a professional must keep an eye on, logged per household shown.
 */
@Component
@Transactional
public class ReportQueries {

	private static final String DEADLINES = sql("safetyteam/deadlines.sql");

	private final JdbcClient jdbc;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final Clock clock;

	private final int extensionWeeks;

	private final JsonMapper json;

	ReportQueries(JdbcClient jdbc, HouseholdAccess access, AccessLog accessLog, Clock clock,
			@Value("${kernteam.court-orders.extension-warning-weeks:8}") int extensionWeeks, JsonMapper json) {
		this.jdbc = jdbc;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
		this.extensionWeeks = extensionWeeks;
		this.json = json;
	}

	/**
	 * The running clocks of the households where the actor is in the core team (contact
	 * person, core team, expert; a partner does not see that a report was made) and of
	 * reports to the actor's organisation, soonest first: one query, each part on its own
	 * partial index, so the cost follows the caseload, not the region. The running court
	 * orders of those households come along, each with today's warnings.
	 */
	public PageOf<DeadlineRow> deadlines(Actor actor, PageOf.Request page) {
		LocalDate today = AmsterdamTime.today(clock);
		var result = PageOf.counted(page,
				request -> jdbc.sql(DEADLINES)
					.param("me", actor.professionalId())
					.param("organisation", actor.organisationId())
					.param("limit", request.size())
					.param("offset", request.offset())
					.param("today", today)
					.query((rs, row) -> new PageOf.Counted<>(listed(rs, today), rs.getLong("total")))
					.list());
		accessLog.recordAll(actor,
				result.items()
					.stream()
					.map(DeadlineRow::householdId)
					.collect(Collectors.toCollection(LinkedHashSet::new)),
				AccessAction.SEARCH, "deadlines");
		return result;
	}

	/**
	 * A household's reports, each with its clocks and the feedback given, in one
	 * statement (issue 19): the clocks and the feedback come along as JSON. The running
	 * clocks are the unmet ones of all reports, soonest first.
	 */
	public ReportDetails.OfHousehold ofHousehold(Actor actor, HouseholdId household) {
		return ofHousehold(actor, household, ReadBatch.now(jdbc)).get();
	}

	/** The same, read with a page's other reads. */
	Supplier<ReportDetails.OfHousehold> ofHousehold(Actor actor, HouseholdId household, Reads reads) {
		access.read(actor, household, "report");
		LocalDate today = AmsterdamTime.today(clock);
		var read = reads
			.sql("""
					select r.id, r.organisation_id, o.name as organisation_name, r.kind, r.received_on, r.acute,
					       r.assessed_on, r.outcome, r.concluded_on,
					       (select coalesce(json_agg(json_build_object('kind', d.kind, 'due', d.due, 'metOn', d.met_on)
					                    order by d.due, d.kind), '[]')
					          from report_deadline d where d.report_id = r.id) as deadlines,
					       (select coalesce(json_agg(json_build_object('step', f.step, 'givenOn', f.given_on, 'note', f.note)
					                    order by f.given_on, f.recorded_at), '[]')
					          from report_feedback f where f.report_id = r.id) as feedback
					  from report r join organisation_profile o on o.id = r.organisation_id
					 where r.household_id = :household order by r.received_on desc, r.created_at desc
					""")
			.param("household", household.value())
			.list((rs, row) -> {
				String outcome = rs.getString("outcome");
				return new ReportDetails(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
						rs.getString("organisation_name"), ReportKind.valueOf(rs.getString("kind")),
						rs.getObject("received_on", LocalDate.class), rs.getBoolean("acute"),
						rs.getObject("assessed_on", LocalDate.class),
						outcome == null ? null : ReportOutcome.valueOf(outcome),
						rs.getObject("concluded_on", LocalDate.class),
						List.of(json.readValue(rs.getString("deadlines"), ReportDeadline[].class)),
						List.of(json.readValue(rs.getString("feedback"), ReportDetails.Feedback[].class)));
			});
		return () -> {
			var reports = read.get();
			List<DeadlineRow> running = reports.stream()
				.flatMap(r -> r.deadlines()
					.stream()
					.filter(d -> d.metOn() == null)
					.map(d -> new DeadlineRow(household.value(), null, r.id(), d.kind(), d.due(),
							d.due().isBefore(today))))
				.sorted(Comparator.comparing(DeadlineRow::due).thenComparing(d -> d.kind().name()))
				.toList();
			return new ReportDetails.OfHousehold(running, reports);
		};
	}

	private static DeadlineRow running(java.sql.ResultSet rs, LocalDate today, String householdName)
			throws java.sql.SQLException {
		LocalDate due = rs.getObject("due", LocalDate.class);
		return new DeadlineRow(rs.getObject("household_id", UUID.class), householdName,
				rs.getObject("report_id", UUID.class), DeadlineKind.valueOf(rs.getString("kind")), due,
				due.isBefore(today));
	}

	/**
	 * A row of the deadlines list: a report's clock, or a court order with its warnings.
	 */
	private DeadlineRow listed(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
		var row = running(rs, today, rs.getString("household_name"));
		String orderKind = rs.getString("order_kind");
		if (orderKind == null) {
			return row;
		}
		var kind = CourtOrderKind.valueOf(orderKind);
		return new DeadlineRow(row.householdId(), row.householdName(), row.reportId(), row.kind(), row.due(),
				row.overdue(), kind,
				CourtOrderWarning.of(kind, rs.getObject("starts_on", LocalDate.class), row.due(),
						rs.getObject("parties_heard_on", LocalDate.class),
						rs.getObject("placement_started_on", LocalDate.class), today, extensionWeeks));
	}

	private static String sql(String resource) {
		try (var in = ReportQueries.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(java.util.Objects.requireNonNull(in, resource).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}

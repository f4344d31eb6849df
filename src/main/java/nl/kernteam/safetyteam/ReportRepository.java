package nl.kernteam.safetyteam;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves a report to Veilig Thuis, its clocks and the reporter's feedback. */
@Repository
class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ReportRow(UUID id, UUID householdId, UUID organisationId, ReportKind kind, LocalDate receivedOn,
			LocalDate assessedOn, ReportOutcome outcome, LocalDate concludedOn) {
	}

	boolean isVeiligThuis(UUID organisation) {
		return jdbc.sql("select exists (select 1 from organisation_profile where id = :id and type = 'VEILIG_THUIS')")
			.param("id", organisation)
			.query(Boolean.class)
			.single();
	}

	void insert(UUID id, UUID household, RecordReport report, UUID by, Instant now) {
		jdbc.sql("""
				insert into report (id, household_id, organisation_id, kind, received_on, acute, created_at, created_by)
				values (:id, :household, :organisation, :kind, :receivedOn, :acute, :now, :by)
				""")
			.param("id", id)
			.param("household", household)
			.param("organisation", report.organisationId())
			.param("kind", report.kind().name())
			.param("receivedOn", report.receivedOn())
			.param("acute", report.isAcute())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	void startClock(ReportRow report, DeadlineKind kind, LocalDate startsOn, LocalDate due) {
		jdbc.sql("""
				insert into report_deadline (report_id, kind, household_id, organisation_id, starts_on, due)
				values (:report, :kind, :household, :organisation, :startsOn, :due)
				""")
			.param("report", report.id())
			.param("kind", kind.name())
			.param("household", report.householdId())
			.param("organisation", report.organisationId())
			.param("startsOn", startsOn)
			.param("due", due)
			.update();
	}

	void meetClock(UUID report, DeadlineKind kind, LocalDate on) {
		jdbc.sql(
				"update report_deadline set met_on = :on where report_id = :report and kind = :kind and met_on is null")
			.param("report", report)
			.param("kind", kind.name())
			.param("on", on)
			.update();
	}

	Optional<ReportRow> find(UUID id) {
		return jdbc.sql("""
				select id, household_id, organisation_id, kind, received_on, assessed_on, outcome, concluded_on
				  from report where id = :id
				""").param("id", id).query((rs, row) -> {
			String outcome = rs.getString("outcome");
			return new ReportRow(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
					rs.getObject("organisation_id", UUID.class), ReportKind.valueOf(rs.getString("kind")),
					rs.getObject("received_on", LocalDate.class), rs.getObject("assessed_on", LocalDate.class),
					outcome == null ? null : ReportOutcome.valueOf(outcome),
					rs.getObject("concluded_on", LocalDate.class));
		}).optional();
	}

	/**
	 * @return false when the report was assessed already
	 */
	boolean assess(UUID report, RecordSafetyAssessment assessment) {
		return jdbc.sql("""
				update report set assessed_on = :date, outcome = :outcome
				 where id = :id and assessed_on is null
				""")
			.param("id", report)
			.param("date", assessment.date())
			.param("outcome", assessment.outcome().name())
			.update() == 1;
	}

	/**
	 * @return false when the investigation was concluded already
	 */
	boolean conclude(UUID report, LocalDate on) {
		return jdbc.sql("update report set concluded_on = :on where id = :id and concluded_on is null")
			.param("id", report)
			.param("on", on)
			.update() == 1;
	}

	void insertFeedback(UUID id, UUID report, RecordReportFeedback feedback, UUID by, Instant now) {
		jdbc.sql("""
				insert into report_feedback (id, report_id, step, given_on, note, recorded_at, recorded_by)
				values (:id, :report, :step, :givenOn, :note, :now, :by)
				""")
			.param("id", id)
			.param("report", report)
			.param("step", feedback.step().name())
			.param("givenOn", feedback.givenOn())
			.param("note", feedback.note() == null || feedback.note().isBlank() ? null : feedback.note().trim())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	List<ReportDeadline> deadlines(UUID report) {
		return jdbc.sql("""
				select kind, due, met_on from report_deadline where report_id = :report order by starts_on, kind
				""").param("report", report).query(ReportRepository::deadline).list();
	}

	static ReportDeadline deadline(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ReportDeadline(DeadlineKind.valueOf(rs.getString("kind")), rs.getObject("due", LocalDate.class),
				rs.getObject("met_on", LocalDate.class));
	}

	/** Help ended (the file was closed): the household's running clocks stop, unmet. */
	int stopClocks(UUID household, LocalDate on) {
		return jdbc.sql("""
				update report_deadline set stopped_on = :on
				 where household_id = :household and met_on is null and stopped_on is null
				""").param("household", household).param("on", on).update();
	}

	/** Running statutory clocks of the whole region that are past their due date. */
	long countOverdue(LocalDate today) {
		return jdbc
			.sql("select count(*) from report_deadline where met_on is null and stopped_on is null and due < :today")
			.param("today", today)
			.query(Long.class)
			.single();
	}

}

package nl.kernteam.safetyteam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads requests: an organisation's duty queue (its professionals are outside the
 * household's network; each request shown is logged on the request's basis,
 * {@code EXPERTISE_REQUEST}) and a household's requests (through
 * {@link HouseholdAccess}).
 */
@Service
@Transactional
class ExpertiseRequestQueries {

	/**
	 * A duty queue is a team's inbox: tens of requests; the oldest decided ones drop off.
	 */
	static final int QUEUE_LIMIT = 100;

	private static final String QUEUE_COLUMNS = """
			r.id, r.household_id, r.question, r.urgency, r.until, r.status, rp.name as requested_by,
			ro.name as requesting_organisation, jp.name as professional_name
			  from expertise_request r
			  join professional_profile rp on rp.id = r.requested_by
			  left join organisation_profile ro on ro.id = rp.organisation_id
			  left join professional_profile jp on jp.id = r.professional_id
			""";

	private final JdbcClient jdbc;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	ExpertiseRequestQueries(JdbcClient jdbc, HouseholdAccess access, AccessLog accessLog) {
		this.jdbc = jdbc;
		this.access = access;
		this.accessLog = accessLog;
	}

	/** The requests to the actor's organisation. */
	DutyQueue dutyQueue(Actor actor) {
		var items = jdbc.sql("select " + QUEUE_COLUMNS + """
				 where r.organisation_id = :organisation
				 order by r.status = 'REQUESTED' desc, r.urgency = 'ACUTE' desc, r.urgency = 'URGENT' desc,
				          r.until, r.requested_at desc
				 limit :limit
				""")
			.param("organisation", actor.organisationId())
			.param("limit", QUEUE_LIMIT)
			.query(ExpertiseRequestQueries::queueItem)
			.list();
		items.forEach(item -> logQueueRead(actor, item));
		return new DutyQueue(items);
	}

	/** One request to the actor's organisation; empty for another organisation's. */
	Optional<DutyQueueItem> queueItem(Actor actor, UUID id) {
		var item = jdbc.sql("select " + QUEUE_COLUMNS + " where r.id = :id and r.organisation_id = :organisation")
			.param("id", id)
			.param("organisation", actor.organisationId())
			.query(ExpertiseRequestQueries::queueItem)
			.optional();
		item.ifPresent(found -> logQueueRead(actor, found));
		return item;
	}

	/** The household's requests, newest first, for its network. */
	List<ExpertiseRequestRow> ofHousehold(Actor actor, HouseholdId household) {
		access.read(actor, household, "expertise-requests");
		return rows(household.value(), null);
	}

	/**
	 * One request, for whoever may read its household's requests (the core team).
	 * @throws NotFoundException when there is no such request
	 */
	ExpertiseRequestRow one(Actor actor, UUID id) {
		UUID household = jdbc.sql("select household_id from expertise_request where id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("request " + id));
		access.read(actor, HouseholdId.of(household), "expertise-request:" + id);
		return rows(household, id).get(0);
	}

	private List<ExpertiseRequestRow> rows(UUID household, UUID id) {
		return jdbc.sql("""
				select r.id, r.household_id, r.organisation_id, o.name as organisation_name, r.question, r.urgency,
				       r.until, r.status, rp.name as requested_by, r.requested_at, r.professional_id,
				       jp.name as professional_name, r.decline_reason, r.answer, r.answered_at
				  from expertise_request r
				  join organisation_profile o on o.id = r.organisation_id
				  join professional_profile rp on rp.id = r.requested_by
				  left join professional_profile jp on jp.id = r.professional_id
				 where r.household_id = :household and (cast(:id as uuid) is null or r.id = :id)
				 order by r.requested_at desc
				""").param("household", household).param("id", id).query(ExpertiseRequestQueries::row).list();
	}

	private void logQueueRead(Actor actor, DutyQueueItem item) {
		accessLog.record(AccessEvent
			.granted(actor, item.householdId(), AccessAction.READ, "expertise-request:" + item.id(), false)
			.because(ExpertiseRequestManagement.BASIS));
	}

	private static DutyQueueItem queueItem(ResultSet rs, int row) throws SQLException {
		return new DutyQueueItem(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("question"), ExpertiseRequestUrgency.valueOf(rs.getString("urgency")),
				rs.getObject("until", LocalDate.class), ExpertiseRequestStatus.valueOf(rs.getString("status")),
				rs.getString("requested_by"), rs.getString("requesting_organisation"),
				rs.getString("professional_name"));
	}

	private static ExpertiseRequestRow row(ResultSet rs, int row) throws SQLException {
		return new ExpertiseRequestRow(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
				rs.getString("question"), ExpertiseRequestUrgency.valueOf(rs.getString("urgency")),
				rs.getObject("until", LocalDate.class), ExpertiseRequestStatus.valueOf(rs.getString("status")),
				rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				rs.getObject("professional_id", UUID.class), rs.getString("professional_name"),
				rs.getString("decline_reason"), rs.getString("answer"), instant(rs.getTimestamp("answered_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

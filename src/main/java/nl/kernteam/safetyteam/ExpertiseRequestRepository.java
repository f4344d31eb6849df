package nl.kernteam.safetyteam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves expertise requests. */
@Repository
class ExpertiseRequestRepository {

	private static final String COLUMNS = """
			r.id, r.household_id, r.organisation_id, r.status, r.until, r.professional_id, r.involvement_id,
			(select c.professional_id from current_contact_person c where c.household_id = r.household_id) as contact_person_id
			""";

	private final JdbcClient jdbc;

	ExpertiseRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID household, UUID requestedBy, ExpertiseRequestInput input, Instant at) {
		jdbc.sql("""
				insert into expertise_request (id, household_id, organisation_id, question, urgency, until, status,
				                               requested_by, requested_at)
				values (:id, :household, :organisation, :question, :urgency, :until, 'REQUESTED', :requestedBy, :at)
				""")
			.param("id", id)
			.param("household", household)
			.param("organisation", input.organisationId())
			.param("question", input.question().trim())
			.param("urgency", input.urgency().name())
			.param("until", input.until())
			.param("requestedBy", requestedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The request, locked until the transaction ends: two decisions cannot both pass. */
	Optional<Stored> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from expertise_request r where r.id = :id for update of r")
			.param("id", id)
			.query(ExpertiseRequestRepository::stored)
			.optional();
	}

	void accept(UUID id, UUID decidedBy, UUID professional, UUID involvement, Instant at) {
		jdbc.sql("""
				update expertise_request
				   set status = 'ACCEPTED', decided_by = :decidedBy, decided_at = :at, professional_id = :professional,
				       involvement_id = :involvement
				 where id = :id and status = 'REQUESTED'
				""")
			.param("id", id)
			.param("decidedBy", decidedBy)
			.param("professional", professional)
			.param("involvement", involvement)
			.param("at", Timestamp.from(at))
			.update();
	}

	void decline(UUID id, UUID decidedBy, String reason, Instant at) {
		jdbc.sql("""
				update expertise_request
				   set status = 'DECLINED', decided_by = :decidedBy, decided_at = :at, decline_reason = :reason
				 where id = :id and status = 'REQUESTED'
				""")
			.param("id", id)
			.param("decidedBy", decidedBy)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
	}

	void answer(UUID id, UUID by, String answer, Instant at) {
		jdbc.sql("""
				update expertise_request set answer = :answer, answered_by = :by, answered_at = :at
				 where id = :id
				""").param("id", id).param("by", by).param("answer", answer).param("at", Timestamp.from(at)).update();
	}

	/** A new last day; the reminder comes again before it. */
	void extend(UUID id, LocalDate until) {
		jdbc.sql("update expertise_request set until = :until, reminded_at = null where id = :id")
			.param("id", id)
			.param("until", until)
			.update();
	}

	/**
	 * Accepted requests whose time box ends on or before {@code lastDay}, not yet
	 * reminded.
	 */
	List<Stored> toRemind(LocalDate lastDay) {
		return jdbc.sql("select " + COLUMNS + """
				  from expertise_request r
				 where r.status = 'ACCEPTED' and r.until <= :lastDay and r.reminded_at is null
				 order by r.until
				 for update of r skip locked
				""").param("lastDay", lastDay).query(ExpertiseRequestRepository::stored).list();
	}

	void reminded(UUID id, Instant at) {
		jdbc.sql("update expertise_request set reminded_at = :at where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Accepted requests whose last day lies before {@code today}. */
	List<Stored> expired(LocalDate today) {
		return jdbc.sql("select " + COLUMNS + """
				  from expertise_request r
				 where r.status = 'ACCEPTED' and r.until < :today
				 order by r.until
				 for update of r skip locked
				""").param("today", today).query(ExpertiseRequestRepository::stored).list();
	}

	void ended(UUID id, Instant at) {
		jdbc.sql("update expertise_request set status = 'ENDED', ended_at = :at where id = :id and status = 'ACCEPTED'")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), ExpertiseRequestStatus.valueOf(rs.getString("status")),
				rs.getObject("until", LocalDate.class), rs.getObject("professional_id", UUID.class),
				rs.getObject("involvement_id", UUID.class), rs.getObject("contact_person_id", UUID.class));
	}

	/** What deciding on a request needs to know of it. */
	record Stored(UUID id, UUID householdId, UUID organisationId, ExpertiseRequestStatus status, LocalDate until,
			UUID professionalId, UUID involvementId, UUID contactPersonId) {
	}

	/**
	 * Help ended (the file was closed): an open request is withdrawn, an accepted one
	 * ended.
	 */
	int endAllOf(UUID household, UUID by, Instant at) {
		return jdbc.sql("""
				update expertise_request
				   set status = case status when 'REQUESTED' then 'WITHDRAWN' else 'ENDED' end,
				       decided_by = coalesce(decided_by, :by), decided_at = coalesce(decided_at, :at),
				       ended_at = case status when 'ACCEPTED' then :at else ended_at end
				 where household_id = :household and status in ('REQUESTED', 'ACCEPTED')
				""").param("household", household).param("by", by).param("at", Timestamp.from(at)).update();
	}

}

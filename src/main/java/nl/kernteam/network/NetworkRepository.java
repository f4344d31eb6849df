package nl.kernteam.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves involvements, contact persons, directors and emergency accesses: the
 * network of one household.
 */
@Repository
class NetworkRepository {

	private static final String INVOLVEMENT_COLUMNS = """
			i.id, i.professional_id, i.person_name, i.relation, coalesce(p.name, i.person_name) as name,
			o.name as organisation_name, o.type as organisation_type, i.role, i.reason, i.started_at, i.ended_at,
			i.end_reason, coalesce(p.phone, i.person_phone) as phone, coalesce(p.email, i.person_email) as email
			""";

	private final JdbcClient jdbc;

	NetworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when an involvement with this id exists already (a repeated submit)
	 */
	boolean startProfessionalInvolvement(UUID id, UUID household, UUID professional, UUID organisation,
			InvolvementRole role, String reason, UUID startedBy, Instant at) {
		return jdbc
			.sql("""
					insert into involvement (id, household_id, professional_id, organisation_id, role, reason, started_at, started_by)
					values (:id, :household, :professional, :organisation, :role, :reason, :at, :startedBy)
					on conflict (id) do nothing
					""")
			.param("id", id)
			.param("household", household)
			.param("professional", professional)
			.param("organisation", organisation)
			.param("role", role.name())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("startedBy", startedBy)
			.update() == 1;
	}

	boolean startInformalInvolvement(UUID id, UUID household, AddInformal person, String reason, UUID startedBy,
			Instant at) {
		return jdbc.sql("""
				insert into involvement (id, household_id, person_name, relation, role, reason, started_at, started_by,
				                         person_phone, person_email)
				values (:id, :household, :personName, :relation, 'INFORMAL', :reason, :at, :startedBy, :phone, :email)
				on conflict (id) do nothing
				""")
			.param("phone", person.phone())
			.param("email", person.email())
			.param("id", id)
			.param("household", household)
			.param("personName", person.personName().trim())
			.param("relation", person.relation().trim())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("startedBy", startedBy)
			.update() == 1;
	}

	Optional<UUID> currentInvolvement(UUID household, UUID professional) {
		return jdbc.sql("""
				select id from involvement
				 where household_id = :household and professional_id = :professional and ended_at is null
				""").param("household", household).param("professional", professional).query(UUID.class).optional();
	}

	Optional<InvolvementRow> involvement(UUID household, UUID involvement) {
		return jdbc.sql("select " + INVOLVEMENT_COLUMNS + """
				  from involvement i
				  left join professional_profile p on p.id = i.professional_id
				  left join organisation_profile o on o.id = i.organisation_id
				 where i.household_id = :household and i.id = :id
				""")
			.param("household", household)
			.param("id", involvement)
			.query(NetworkRepository::involvementRow)
			.optional();
	}

	/**
	 * Every involvement with the household, current first, then by start; read with other
	 * reads. The household goes in through a subquery the planner does not look into
	 * (ARCHITECTURE, "A statement planned once"): for a household whose number of
	 * involvements the column's statistics know apart from the average, PostgreSQL
	 * planned this statement on every call (PlanCacheIntegrationTests found it).
	 */
	Supplier<List<InvolvementRow>> involvements(UUID household, Reads reads) {
		return reads.sql("select " + INVOLVEMENT_COLUMNS + """
				  from involvement i
				  left join professional_profile p on p.id = i.professional_id
				  left join organisation_profile o on o.id = i.organisation_id
				 where i.household_id = (select cast(:household as uuid))
				 order by (i.ended_at is null) desc, i.started_at, i.id
				""").param("household", household).list(NetworkRepository::involvementRow);
	}

	/**
	 * @return false when it had ended already
	 */
	boolean endInvolvement(UUID involvement, UUID endedBy, String reason, Instant at) {
		return jdbc.sql("""
				update involvement set ended_at = :at, ended_by = :endedBy, end_reason = :reason
				 where id = :id and ended_at is null
				""")
			.param("id", involvement)
			.param("endedBy", endedBy)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * Ends every current involvement of a professional with a household (there is at most
	 * one).
	 */
	void endInvolvementOf(UUID household, UUID professional, UUID endedBy, String reason, Instant at) {
		jdbc.sql("""
				update involvement set ended_at = :at, ended_by = :endedBy, end_reason = :reason
				 where household_id = :household and professional_id = :professional and ended_at is null
				""")
			.param("household", household)
			.param("professional", professional)
			.param("endedBy", endedBy)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
	}

	void appointContactPerson(UUID household, UUID professional, String reason, UUID by, Instant at) {
		startTerm(jdbc.sql("""
				insert into contact_person (id, household_id, professional_id, reason, started_at, started_by)
				values (:id, :household, :professional, :reason, :at, :by)
				"""), household, professional, reason, by, at);
	}

	/** Ends every current involvement, the informal network's too: help ends. */
	int endAllInvolvements(UUID household, UUID endedBy, String reason, Instant at) {
		return jdbc.sql("""
				update involvement set ended_at = :at, ended_by = :endedBy, end_reason = :reason
				 where household_id = :household and ended_at is null
				""")
			.param("household", household)
			.param("endedBy", endedBy)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
	}

	void endContactPerson(UUID household, UUID by, boolean previousStaysInvolved, Instant at) {
		jdbc.sql("""
				update contact_person set ended_at = :at, ended_by = :by, previous_stays_involved = :stays
				 where household_id = :household and ended_at is null
				""")
			.param("household", household)
			.param("by", by)
			.param("stays", previousStaysInvolved)
			.param("at", Timestamp.from(at))
			.update();
	}

	void appointDirector(UUID household, UUID professional, String reason, UUID by, Instant at) {
		startTerm(jdbc.sql("""
				insert into director (id, household_id, professional_id, reason, started_at, started_by)
				values (:id, :household, :professional, :reason, :at, :by)
				"""), household, professional, reason, by, at);
	}

	/** A contact person's or director's term starts: both tables have the same shape. */
	private static void startTerm(JdbcClient.StatementSpec insert, UUID household, UUID professional, String reason,
			UUID by, Instant at) {
		insert.param("id", UUID.randomUUID())
			.param("household", household)
			.param("professional", professional)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	void endDirector(UUID household, UUID by, Instant at) {
		jdbc.sql(
				"update director set ended_at = :at, ended_by = :by where household_id = :household and ended_at is null")
			.param("household", household)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The contact person at a moment (now: {@code at} = now). */
	Optional<PersonRef> contactPerson(UUID household, Instant at) {
		return person(jdbc.sql(PERSON + """
				  from contact_person t join professional_profile p on p.id = t.professional_id
				  left join organisation_profile o on o.id = p.organisation_id
				 where t.household_id = :household and t.started_at <= :at and (t.ended_at is null or t.ended_at > :at)
				 order by t.started_at desc limit 1
				"""), household, at);
	}

	/**
	 * The explicitly appointed director at a moment, if any; otherwise the contact person
	 * directs.
	 */
	Optional<PersonRef> director(UUID household, Instant at) {
		return person(jdbc.sql(PERSON + """
				  from director t join professional_profile p on p.id = t.professional_id
				  left join organisation_profile o on o.id = p.organisation_id
				 where t.household_id = :household and t.started_at <= :at and (t.ended_at is null or t.ended_at > :at)
				 order by t.started_at desc limit 1
				"""), household, at);
	}

	/**
	 * The person of a contact-person or director term: both tables have the same shape.
	 */
	private static final String PERSON = """
			select p.id, p.name, o.name as organisation_name, o.type as organisation_type, p.phone, p.email, t.started_at
			""";

	private static Optional<PersonRef> person(JdbcClient.StatementSpec select, UUID household, Instant at) {
		return select.param("household", household)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> new PersonRef(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("organisation_name"), type(rs.getString("organisation_type")), rs.getString("phone"),
					rs.getString("email"), rs.getTimestamp("started_at").toInstant()))
			.optional();
	}

	static InvolvementRow involvementRow(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new InvolvementRow(rs.getObject("id", UUID.class), rs.getObject("professional_id", UUID.class),
				rs.getString("person_name"), rs.getString("relation"), rs.getString("name"),
				rs.getString("organisation_name"), type(rs.getString("organisation_type")),
				InvolvementRole.valueOf(rs.getString("role")), rs.getString("reason"),
				rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(),
				rs.getString("end_reason"), rs.getString("phone"), rs.getString("email"));
	}

	static OrganisationType type(String type) {
		return type == null ? null : OrganisationType.valueOf(type);
	}

}

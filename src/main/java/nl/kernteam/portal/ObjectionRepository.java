package nl.kernteam.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.FamilyMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections, complaints and data requests, with their handler, term and answer. */
@Repository
class ObjectionRepository {

	private static final String COLUMNS = """
			select o.id, o.kind, o.about_kind, o.about_id, o.text, o.author_name, o.filed_at, o.due_on, o.status,
			       o.answer, o.answered_by_name, o.answered_at, o.household_id, h.name as household_name,
			       o.handler_role, o.handler_organisation_id
			  from portal_objection o join household_profile h on h.id = o.household_id
			""";

	private final JdbcClient jdbc;

	ObjectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisation of the household's contact person now, if it has one. */
	Optional<UUID> contactPersonsOrganisation(UUID household) {
		return jdbc.sql("""
				select p.organisation_id from current_contact_person c
				  join professional_profile p on p.id = c.professional_id
				 where c.household_id = :household
				""").param("household", household).query(UUID.class).optional();
	}

	void insert(UUID id, FamilyMember member, FileObjection objection, LocalDate dueOn, UUID organisation,
			Instant now) {
		var kind = objection.kindOrDefault();
		jdbc.sql("""
				insert into portal_objection (id, household_id, kind, about_kind, about_id, text, account_id, member_id,
				                              author_name, filed_at, due_on, handler_role, handler_organisation_id)
				values (:id, :household, :kind, :aboutKind, :aboutId, :text, :account, :member, :name, :now, :due,
				        :role, :organisation)
				""")
			.param("id", id)
			.param("household", member.householdId())
			.param("kind", kind.name())
			.param("aboutKind", objection.about() == null ? null : objection.about().kind().name())
			.param("aboutId", objection.about() == null ? null : objection.about().id())
			.param("text", objection.text().trim())
			.param("account", member.accountId())
			.param("member", member.memberId())
			.param("name", member.name())
			.param("now", Timestamp.from(now))
			.param("due", dueOn)
			.param("role", kind.handler().name())
			.param("organisation", organisation)
			.update();
	}

	/** The household's objections, newest first. */
	List<Objection> forHousehold(UUID household) {
		return jdbc.sql(COLUMNS + " where o.household_id = :household order by o.filed_at desc")
			.param("household", household)
			.query(ObjectionRepository::objection)
			.list();
	}

	/**
	 * What a handler of this role in this organisation has to answer, soonest due first;
	 * one filed while the household had no contact person goes to that role in every
	 * organisation, so that it is never lost.
	 */
	List<Objection> open(String role, UUID organisation) {
		return jdbc.sql(COLUMNS + """
				 where o.status <> 'ANSWERED' and o.handler_role = :role
				   and (o.handler_organisation_id = :organisation or o.handler_organisation_id is null)
				 order by o.due_on, o.filed_at
				 limit 200
				""")
			.param("role", role)
			.param("organisation", organisation)
			.query(ObjectionRepository::objection)
			.list();
	}

	/** One, with who handles it. */
	Optional<Handled> one(UUID id) {
		return jdbc.sql(COLUMNS + " where o.id = :id")
			.param("id", id)
			.query((rs, n) -> new Handled(objection(rs, n), rs.getString("handler_role"),
					rs.getObject("handler_organisation_id", UUID.class)))
			.optional();
	}

	/** Sets the status (and the answer when answered); nothing once answered. */
	boolean update(UUID id, ObjectionStatus status, String answer, UUID by, String byName, Instant now) {
		return jdbc.sql("""
				update portal_objection
				   set status = :status, answer = :answer,
				       answered_by = case when :status = 'ANSWERED' then cast(:by as uuid) end,
				       answered_by_name = case when :status = 'ANSWERED' then cast(:byName as text) end,
				       answered_at = case when :status = 'ANSWERED' then cast(:now as timestamptz) end,
				       version = version + 1
				 where id = :id and status <> 'ANSWERED'
				""")
			.param("id", id)
			.param("status", status.name())
			.param("answer", FamilyVoiceRepository.blankToNull(answer))
			.param("by", by)
			.param("byName", byName)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static Objection objection(ResultSet rs, int row) throws SQLException {
		String about = rs.getString("about_kind");
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new Objection(rs.getObject("id", UUID.class), ObjectionKind.valueOf(rs.getString("kind")),
				about == null ? null : AboutKind.valueOf(about), rs.getString("about_id"), rs.getString("text"),
				rs.getString("author_name"), rs.getTimestamp("filed_at").toInstant(),
				rs.getObject("due_on", LocalDate.class), ObjectionStatus.valueOf(rs.getString("status")),
				rs.getString("answer"), rs.getString("answered_by_name"),
				answeredAt == null ? null : answeredAt.toInstant(), rs.getObject("household_id", UUID.class),
				rs.getString("household_name"));
	}

	record Handled(Objection objection, String role, UUID organisation) {
	}

}

package nl.kernteam.safetyteam;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves a court order, its extensions and its written instructions. */
@Repository
class CourtOrderRepository {

	private final JdbcClient jdbc;

	CourtOrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record OrderRow(UUID id, UUID householdId, UUID childMemberId, CourtOrderKind kind, LocalDate startsOn,
			LocalDate currentEndsOn, LocalDate placementStartedOn, LocalDate stoppedOn) {
	}

	/** The birth date of a current child member of the household, if it is one. */
	Optional<LocalDate> childBirthDate(UUID household, UUID member) {
		return jdbc
			.sql("""
					select birth_date from current_member where id = :member and household_id = :household and role = 'CHILD'
					""")
			.param("member", member)
			.param("household", household)
			.query(LocalDate.class)
			.optional();
	}

	void insert(UUID id, UUID household, RecordCourtOrder order, UUID by, Instant now) {
		boolean period = order.acceptablePeriodUntil() != null;
		jdbc.sql("""
				insert into court_order (id, household_id, child_member_id, kind, decided_on, starts_on, ends_on,
				                         current_ends_on, parties_heard_on, acceptable_period_until,
				                         acceptable_period_rationale, created_at, created_by)
				values (:id, :household, :child, :kind, :decidedOn, :startsOn, :endsOn, :endsOn, :heardOn, :until,
				        :rationale, :now, :by)
				""")
			.param("id", id)
			.param("household", household)
			.param("child", order.childMemberId())
			.param("kind", order.kind().name())
			.param("decidedOn", order.decidedOn())
			.param("startsOn", order.startsOn())
			.param("endsOn", order.endsOn())
			.param("heardOn", order.partiesHeardOn())
			.param("until", order.acceptablePeriodUntil())
			.param("rationale", period ? order.acceptablePeriodRationale() : null)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	Optional<OrderRow> find(UUID id) {
		return jdbc.sql("""
				select id, household_id, child_member_id, kind, starts_on, current_ends_on, placement_started_on,
				       stopped_on
				  from court_order where id = :id
				""")
			.param("id", id)
			.query((rs, row) -> new OrderRow(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
					rs.getObject("child_member_id", UUID.class), CourtOrderKind.valueOf(rs.getString("kind")),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("current_ends_on", LocalDate.class),
					rs.getObject("placement_started_on", LocalDate.class), rs.getObject("stopped_on", LocalDate.class)))
			.optional();
	}

	/**
	 * Adds an extension to the chain; false when another extension came first (the end it
	 * extends has moved).
	 */
	boolean extend(UUID id, OrderRow order, ExtendCourtOrder extension, UUID by, Instant now) {
		int moved = jdbc.sql("""
				update court_order set current_ends_on = :endsOn where id = :order and current_ends_on = :previous
				""")
			.param("endsOn", extension.endsOn())
			.param("order", order.id())
			.param("previous", order.currentEndsOn())
			.update();
		if (moved == 0) {
			return false;
		}
		jdbc.sql("""
				insert into court_order_extension (id, order_id, decided_on, previous_ends_on, ends_on, created_at,
				                                   created_by)
				values (:id, :order, :decidedOn, :previous, :endsOn, :now, :by)
				""")
			.param("id", id)
			.param("order", order.id())
			.param("decidedOn", extension.decidedOn())
			.param("previous", order.currentEndsOn())
			.param("endsOn", extension.endsOn())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
		return true;
	}

	void insertInstruction(UUID id, UUID order, RecordInstruction instruction, UUID by, Instant now) {
		jdbc.sql("""
				insert into court_order_instruction (id, order_id, given_on, text, created_at, created_by)
				values (:id, :order, :givenOn, :text, :now, :by)
				""")
			.param("id", id)
			.param("order", order)
			.param("givenOn", instruction.givenOn())
			.param("text", instruction.text())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	boolean startPlacement(UUID order, LocalDate startedOn) {
		return jdbc.sql("""
				update court_order set placement_started_on = :on where id = :order and placement_started_on is null
				""").param("on", startedOn).param("order", order).update() == 1;
	}

	/** The hearing after an emergency order, once: the order runs to {@code endsOn}. */
	boolean heard(UUID order, LocalDate heardOn, LocalDate endsOn) {
		return jdbc.sql("""
				update court_order set parties_heard_on = :heard, current_ends_on = :ends
				 where id = :order and parties_heard_on is null and stopped_on is null
				""").param("heard", heardOn).param("ends", endsOn).param("order", order).update() == 1;
	}

	boolean anyRecorded() {
		return jdbc.sql("select exists (select 1 from court_order)").query(Boolean.class).single();
	}

	/**
	 * For the demo: a child in the first household where this professional is contact
	 * person.
	 */
	Optional<DemoChild> demoChild(String username) {
		return jdbc.sql("""
				select c.household_id, m.id as member_id, c.professional_id
				  from current_contact_person c join professional_profile p on p.id = c.professional_id
				  join current_member m on m.household_id = c.household_id and m.role = 'CHILD'
				 where p.username = :username
				 order by c.started_at, m.birth_date desc limit 1
				""")
			.param("username", username)
			.query((rs, row) -> new DemoChild(rs.getObject("household_id", UUID.class),
					rs.getObject("member_id", UUID.class), rs.getObject("professional_id", UUID.class)))
			.optional();
	}

	record DemoChild(UUID householdId, UUID memberId, UUID professionalId) {
	}

	/** Help ends: the household's running orders no longer count down in Kernteam. */
	void stopAll(UUID household, LocalDate today) {
		jdbc.sql("update court_order set stopped_on = :today where household_id = :household and stopped_on is null")
			.param("today", today)
			.param("household", household)
			.update();
	}

}

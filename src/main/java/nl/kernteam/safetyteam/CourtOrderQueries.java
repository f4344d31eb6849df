package nl.kernteam.safetyteam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a household's court orders (through {@code HouseholdAccess}, logged), running
 * first, each with its extensions, instructions and today's warnings.
 */
@Component
@Transactional
public class CourtOrderQueries {

	private final JdbcClient jdbc;

	private final HouseholdAccess access;

	private final Clock clock;

	private final int extensionWeeks;

	CourtOrderQueries(JdbcClient jdbc, HouseholdAccess access, Clock clock,
			@Value("${kernteam.court-orders.extension-warning-weeks:8}") int extensionWeeks) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
		this.extensionWeeks = extensionWeeks;
	}

	public CourtOrderDetails.OfHousehold ofHousehold(Actor actor, HouseholdId household) {
		access.read(actor, household, "court-order");
		return new CourtOrderDetails.OfHousehold(read(household));
	}

	/** The orders without a check: for a caller that has checked and logged the read. */
	List<CourtOrderDetails> read(HouseholdId household) {
		LocalDate today = AmsterdamTime.today(clock);
		var extensions = jdbc.sql("""
				select e.order_id, e.id, e.decided_on, e.previous_ends_on, e.ends_on
				  from court_order_extension e join court_order o on o.id = e.order_id
				 where o.household_id = :household order by e.ends_on
				""")
			.param("household", household.value())
			.query((rs, row) -> new Owned<>(rs.getObject("order_id", UUID.class), new CourtOrderDetails.Extension(
					rs.getObject("id", UUID.class), rs.getObject("decided_on", LocalDate.class),
					rs.getObject("previous_ends_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class))))
			.list();
		var instructions = jdbc.sql("""
				select i.order_id, i.id, i.given_on, i.text
				  from court_order_instruction i join court_order o on o.id = i.order_id
				 where o.household_id = :household order by i.given_on, i.created_at
				""")
			.param("household", household.value())
			.query((rs, row) -> new Owned<>(rs.getObject("order_id", UUID.class),
					new CourtOrderDetails.Instruction(rs.getObject("id", UUID.class),
							rs.getObject("given_on", LocalDate.class), rs.getString("text"))))
			.list();
		return jdbc.sql("""
				select o.id, o.child_member_id, m.given_name, m.family_name, o.kind, o.decided_on, o.starts_on,
				       o.ends_on, o.current_ends_on, o.parties_heard_on, o.placement_started_on,
				       o.acceptable_period_until, o.acceptable_period_rationale, o.stopped_on
				  from court_order o left join current_member m on m.id = o.child_member_id
				 where o.household_id = :household
				 order by (o.stopped_on is null and o.current_ends_on >= :today) desc, o.current_ends_on, o.starts_on
				""")
			.param("household", household.value())
			.param("today", today)
			.query((rs, row) -> order(rs, today, extensions, instructions))
			.list();
	}

	private CourtOrderDetails order(ResultSet rs, LocalDate today, List<Owned<CourtOrderDetails.Extension>> extensions,
			List<Owned<CourtOrderDetails.Instruction>> instructions) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		var kind = CourtOrderKind.valueOf(rs.getString("kind"));
		LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
		LocalDate currentEndsOn = rs.getObject("current_ends_on", LocalDate.class);
		LocalDate heardOn = rs.getObject("parties_heard_on", LocalDate.class);
		LocalDate placedOn = rs.getObject("placement_started_on", LocalDate.class);
		LocalDate stoppedOn = rs.getObject("stopped_on", LocalDate.class);
		boolean running = stoppedOn == null && !currentEndsOn.isBefore(today);
		String given = rs.getString("given_name");
		return new CourtOrderDetails(id, rs.getObject("child_member_id", UUID.class),
				given == null ? null : given + " " + rs.getString("family_name"), kind,
				rs.getObject("decided_on", LocalDate.class), startsOn, rs.getObject("ends_on", LocalDate.class),
				currentEndsOn, heardOn, placedOn, rs.getObject("acceptable_period_until", LocalDate.class),
				rs.getString("acceptable_period_rationale"), stoppedOn, running,
				extensions.stream().filter(e -> e.order().equals(id)).map(Owned::item).toList(),
				instructions.stream().filter(i -> i.order().equals(id)).map(Owned::item).toList(),
				running ? CourtOrderWarning.of(kind, startsOn, currentEndsOn, heardOn, placedOn, today, extensionWeeks)
						: List.of());
	}

	/**
	 * The household's page of the legal track: its name, children and orders, logged as
	 * one read.
	 */
	LegalTrack legalTrack(Actor actor, HouseholdId household) {
		access.read(actor, household, "court-order");
		String name = jdbc.sql("select name from household_profile where id = :id")
			.param("id", household.value())
			.query(String.class)
			.single();
		var children = jdbc.sql("""
				select id, given_name, family_name, birth_date from current_member
				 where household_id = :household and role = 'CHILD' order by birth_date, given_name
				""")
			.param("household", household.value())
			.query((rs, row) -> new Child(rs.getObject("id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name"),
					rs.getObject("birth_date", LocalDate.class)))
			.list();
		return new LegalTrack(household.value(), name, children, read(household));
	}

	record Child(UUID id, String name, LocalDate birthDate) {
	}

	record LegalTrack(UUID householdId, String householdName, List<Child> children, List<CourtOrderDetails> orders) {

		CourtOrderDetails order(UUID id) {
			return orders.stream()
				.filter(o -> o.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("court order " + id));
		}

	}

	private record Owned<T>(UUID order, T item) {
	}

}

package nl.kernteam.safetyteam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdNames;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.ReadBatch;
import nl.kernteam.shared.Reads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

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

	private final JsonMapper json;

	private final HouseholdNames names;

	CourtOrderQueries(JdbcClient jdbc, HouseholdAccess access, Clock clock, JsonMapper json, HouseholdNames names,
			@Value("${kernteam.court-orders.extension-warning-weeks:8}") int extensionWeeks) {
		this.names = names;
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.clock = clock;
		this.extensionWeeks = extensionWeeks;
	}

	public CourtOrderDetails.OfHousehold ofHousehold(Actor actor, HouseholdId household) {
		return ofHousehold(actor, household, ReadBatch.now(jdbc)).get();
	}

	/** The same, read with a page's other reads. */
	Supplier<CourtOrderDetails.OfHousehold> ofHousehold(Actor actor, HouseholdId household, Reads reads) {
		access.read(actor, household, "court-order");
		var orders = read(household, reads);
		return () -> new CourtOrderDetails.OfHousehold(orders.get());
	}

	/**
	 * The orders without a check: for a caller that has checked and logged the read. One
	 * statement (issue 19): each order with its extensions and instructions as JSON.
	 */
	List<CourtOrderDetails> read(HouseholdId household) {
		return read(household, ReadBatch.now(jdbc)).get();
	}

	private Supplier<List<CourtOrderDetails>> read(HouseholdId household, Reads reads) {
		LocalDate today = AmsterdamTime.today(clock);
		return reads
			.sql("""
					select o.id, o.child_member_id, m.given_name, m.family_name, o.kind, o.decided_on, o.starts_on,
					       o.ends_on, o.current_ends_on, o.parties_heard_on, o.placement_started_on,
					       o.acceptable_period_until, o.acceptable_period_rationale, o.stopped_on,
					       (select coalesce(json_agg(json_build_object('id', e.id, 'decidedOn', e.decided_on,
					                    'previousEndsOn', e.previous_ends_on, 'endsOn', e.ends_on) order by e.ends_on), '[]')
					          from court_order_extension e where e.order_id = o.id) as extensions,
					       (select coalesce(json_agg(json_build_object('id', i.id, 'givenOn', i.given_on, 'text', i.text)
					                    order by i.given_on, i.created_at), '[]')
					          from court_order_instruction i where i.order_id = o.id) as instructions
					  from court_order o left join current_member m on m.id = o.child_member_id
					 where o.household_id = :household
					 order by (o.stopped_on is null and o.current_ends_on >= :today) desc, o.current_ends_on, o.starts_on
					""")
			.param("household", household.value())
			.param("today", today)
			.list((rs, row) -> order(rs, today));
	}

	private CourtOrderDetails order(ResultSet rs, LocalDate today) throws SQLException {
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
				List.of(json.readValue(rs.getString("extensions"), CourtOrderDetails.Extension[].class)),
				List.of(json.readValue(rs.getString("instructions"), CourtOrderDetails.Instruction[].class)),
				running ? CourtOrderWarning.of(kind, startsOn, currentEndsOn, heardOn, placedOn, today, extensionWeeks)
						: List.of());
	}

	/**
	 * The household's page of the legal track: its name, children and orders, logged as
	 * one read.
	 */
	LegalTrack legalTrack(Actor actor, HouseholdId household) {
		access.read(actor, household, "court-order");
		// the page's decision read it (HouseholdGuard)
		String name = names.of(household);
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

}

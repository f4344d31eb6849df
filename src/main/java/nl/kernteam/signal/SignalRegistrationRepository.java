package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.signal.MatchQueries.HouseholdOfPerson;
import nl.kernteam.signal.MatchQueries.MatchRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A registration's two statements (issue 19): the first finds the person's households and
 * takes the locks, the second ends an expired signal, inserts the new one and finds its
 * matches. They cannot be one: in READ COMMITTED a statement reads the database as it was
 * when the statement began, so a match lookup in the statement that waited for the lock
 * would not see the registration it waited for.
 */
@Repository
class SignalRegistrationRepository {

	/** The first key of this module's advisory locks: its module number. */
	static final int LOCK_SPACE = 5;

	/**
	 * The lock key of a household: Java's {@code UUID.hashCode()} (the four 32-bit words
	 * of the id XORed), as earlier versions computed it, so that they and this one lock
	 * the same keys during a rolling restart.
	 */
	static final String HOUSEHOLD_KEY = """
			cast(cast('x' || substr(hex, 1, 8) as bit(32)) as integer)
			  # cast(cast('x' || substr(hex, 9, 8) as bit(32)) as integer)
			  # cast(cast('x' || substr(hex, 17, 8) as bit(32)) as integer)
			  # cast(cast('x' || substr(hex, 25, 8) as bit(32)) as integer)""";

	private static final String HOUSEHOLDS_LOCKED = """
			with households as (
			  select self.household_id as id, c.professional_id as contact_person_id, min(self.birth_date) as birth_date
			    from current_member self
			    left join current_contact_person c on c.household_id = self.household_id
			   where self.bsn_fingerprint = :fingerprint
			   group by self.household_id, c.professional_id
			), locked as (
			  select count(pg_advisory_xact_lock(:space, key)) as locks
			    from (select key from (select cast(:personKey as integer) as key
			                           union
			                           select %s from (select replace(cast(id as text), '-', '') as hex from households) h
			                          ) keys
			           order by key) ordered
			)
			select h.id, h.contact_person_id, h.birth_date, l.locks from locked l left join households h on true
			"""
		.formatted(HOUSEHOLD_KEY);

	private static final String INSERT_AND_MATCH = """
			with expired as (
			  update signal set ended_at = :now, end_reason = 'EXPIRED', hint = null, birth_date = null
			   where person_fingerprint = :fingerprint and organisation_id = :organisation and ended_at is null
			     and registered_at <= :activeSince
			  returning id
			), inserted as (
			  insert into signal (id, person_fingerprint, identified_by, hint, birth_date, organisation_id,
			                      professional_id, registered_at)
			  select :id, :fingerprint, cast(:identifiedBy as text), cast(:hint as text), cast(:birthDate as date),
			         :organisation, :professional, :now
			    from (select count(*) from expired) expiry_first
			  on conflict do nothing
			  returning *
			)
			select (select count(*) from inserted) as inserted, m.*
			  from (select 1) one left join (%s) m on true
			""".formatted(MatchQueries.CANDIDATES_FROM.formatted("inserted", "true"));

	private final JdbcClient jdbc;

	SignalRegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The households this person is a current member of (with their contact person and
	 * the person's date of birth there), and locks the person and those households until
	 * the transaction ends: of two registrations on the same person or the same household
	 * at the same moment, the second waits here, and its match lookup sees the first.
	 * Locks are taken in ascending order, so two registrations cannot wait for each
	 * other.
	 */
	List<HouseholdOfPerson> householdsLocked(String fingerprint) {
		return jdbc.sql(HOUSEHOLDS_LOCKED)
			.param("fingerprint", fingerprint)
			.param("space", LOCK_SPACE)
			.param("personKey", fingerprint.hashCode())
			.query((rs, n) -> new HouseholdOfPerson(rs.getObject("id", UUID.class),
					rs.getObject("contact_person_id", UUID.class), rs.getObject("birth_date", LocalDate.class)))
			.list()
			.stream()
			.filter(household -> household.id() != null)
			.toList();
	}

	/**
	 * Ends the organisation's signal on this person whose active period is over (the
	 * lifecycle job may not have reached it yet), inserts the new signal and returns
	 * every way it matches, in one statement.
	 * @return empty when nothing was inserted: a signal with this id exists, or the
	 * organisation has an active signal on this person
	 */
	Optional<List<MatchRow>> insertAndMatch(NewSignal signal, Instant activeSince, LocalDate bornOnOrBefore) {
		var rows = new ArrayList<MatchRow>();
		var inserted = new boolean[1];
		jdbc.sql(INSERT_AND_MATCH)
			.param("id", signal.id())
			.param("fingerprint", signal.fingerprint())
			.param("identifiedBy", signal.person().identifiedBy().name())
			.param("hint", signal.person().hint())
			.param("birthDate", signal.birthDate())
			.param("organisation", signal.organisationId())
			.param("professional", signal.professionalId())
			.param("now", Timestamp.from(signal.now()))
			.param("activeSince", Timestamp.from(activeSince))
			.param("bornOnOrBefore", bornOnOrBefore)
			.query(rs -> {
				inserted[0] = rs.getLong("inserted") == 1;
				if (rs.getObject("signal_id") != null) {
					rows.add(MatchQueries.row(rs, rows.size()));
				}
			});
		return inserted[0] ? Optional.of(rows) : Optional.empty();
	}

	/**
	 * A signal to register.
	 *
	 * @param birthDate the date of birth kept for the age rule, if any
	 */
	record NewSignal(UUID id, String fingerprint, PersonIdentity person, LocalDate birthDate, UUID organisationId,
			UUID professionalId, Instant now) {
	}

}

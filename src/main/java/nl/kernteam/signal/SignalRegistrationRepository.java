package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.signal.MatchQueries.HouseholdOfPerson;
import nl.kernteam.signal.MatchQueries.MatchRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A registration's two statements (issue 19), the same for one signal and for a batch:
 * the first finds the people's households and takes the locks, the second ends expired
 * signals, inserts the new ones and finds their matches. They cannot be one: in READ
 * COMMITTED a statement reads the database as it was when the statement began, so a match
 * lookup in the statement that waited for the lock would not see the registration it
 * waited for.
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

	/**
	 * The households and the locks. The fingerprints go in as a subquery, so that the
	 * statement is planned once, not for every registration (docs/ARCHITECTURE.md, "A
	 * statement planned once": it was 0.24 ms of PostgreSQL's 0.75 ms a registration).
	 */
	private static final String HOUSEHOLDS_LOCKED = """
			with households as (
			  select self.bsn_fingerprint as fingerprint, self.household_id as id, c.professional_id as contact_person_id,
			         min(self.birth_date) as birth_date
			    from current_member self
			    left join current_contact_person c on c.household_id = self.household_id
			   where self.bsn_fingerprint = any (array(select unnest(cast(:fingerprints as text[]))))
			   group by self.bsn_fingerprint, self.household_id, c.professional_id
			), locked as (
			  select count(pg_advisory_xact_lock(:space, key)) as locks
			    from (select key from (select unnest(cast(:personKeys as integer[])) as key
			                           union
			                           select %s from (select replace(cast(id as text), '-', '') as hex from households) h
			                          ) keys
			           order by key) ordered
			)
			select h.fingerprint, h.id, h.contact_person_id, h.birth_date, l.locks from locked l left join households h on true
			"""
		.formatted(HOUSEHOLD_KEY);

	private static final String INSERT_AND_MATCH = """
			with input as (
			  select * from unnest(cast(:ids as uuid[]), cast(:fingerprints as text[]), cast(:identifiedBy as text[]),
			                       cast(:hints as text[]), cast(:birthDates as date[]))
			         as i (id, fingerprint, identified_by, hint, birth_date)
			), expired as (
			  update signal set ended_at = :now, end_reason = 'EXPIRED', hint = null, birth_date = null
			   where id in (select id from signal
			                 where person_fingerprint = any (cast(:fingerprints as text[])) and organisation_id = :organisation
			                   and ended_at is null and registered_at <= :activeSince
			                   and id <> all (cast(:ids as uuid[]))
			                 order by id for update)
			  returning id
			), inserted as (
			  insert into signal (id, person_fingerprint, identified_by, hint, birth_date, organisation_id,
			                      professional_id, registered_at)
			  select i.id, i.fingerprint, i.identified_by, i.hint, i.birth_date, :organisation, :professional, :now
			    from input i, (select count(*) from expired) expiry_first
			  on conflict do nothing
			  returning *
			)
			select ins.id as inserted_id, m.*
			  from inserted ins left join (%s) m on m.signal_id = ins.id
			"""
		.formatted(MatchQueries.CANDIDATES_FROM.formatted("inserted", "true"));

	private final JdbcClient jdbc;

	SignalRegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The households each of these people is a current member of (with their contact
	 * person and the person's date of birth there), and locks the people and those
	 * households until the transaction ends: of two registrations on the same person or
	 * the same household at the same moment, the second waits here, and its match lookup
	 * sees the first. Locks are taken in ascending order, in one statement, so two
	 * registrations (or two batches of them) cannot wait for each other.
	 * @return by fingerprint; a person in no household has no entry
	 */
	Map<String, List<HouseholdOfPerson>> householdsLocked(Collection<String> fingerprints) {
		var byPerson = new HashMap<String, List<HouseholdOfPerson>>();
		jdbc.sql(HOUSEHOLDS_LOCKED)
			.param("fingerprints", fingerprints.toArray(String[]::new))
			.param("space", LOCK_SPACE)
			.param("personKeys", fingerprints.stream().map(String::hashCode).toArray(Integer[]::new))
			.query(rs -> {
				var household = rs.getObject("id", UUID.class);
				if (household != null) {
					byPerson.computeIfAbsent(rs.getString("fingerprint"), f -> new ArrayList<>())
						.add(new HouseholdOfPerson(household, rs.getObject("contact_person_id", UUID.class),
								rs.getObject("birth_date", LocalDate.class)));
				}
			});
		return byPerson;
	}

	/**
	 * Ends the organisation's signals on these people whose active period is over (the
	 * lifecycle job may not have reached them yet), inserts the new signals and returns
	 * every way each matches, in one statement.
	 * @return by the id of each signal inserted, its matches; a signal is not inserted
	 * when a signal with its id exists, or when the organisation has an active signal on
	 * the person (also one inserted earlier in the same batch)
	 */
	Map<UUID, List<MatchRow>> insertAndMatch(List<NewSignal> signals, Registrant registrant, Instant activeSince,
			LocalDate bornOnOrBefore) {
		var inserted = new HashMap<UUID, List<MatchRow>>();
		jdbc.sql(INSERT_AND_MATCH)
			.param("ids", signals.stream().map(s -> s.id().toString()).toArray(String[]::new))
			.param("fingerprints", signals.stream().map(NewSignal::fingerprint).toArray(String[]::new))
			.param("identifiedBy", signals.stream().map(s -> s.person().identifiedBy().name()).toArray(String[]::new))
			.param("hints", signals.stream().map(s -> s.person().hint()).toArray(String[]::new))
			.param("birthDates",
					signals.stream()
						.map(s -> s.birthDate() == null ? null : s.birthDate().toString())
						.toArray(String[]::new))
			.param("organisation", registrant.organisationId())
			.param("professional", registrant.professionalId())
			.param("now", Timestamp.from(registrant.now()))
			.param("activeSince", Timestamp.from(activeSince))
			.param("bornOnOrBefore", bornOnOrBefore)
			.query(rs -> {
				var rows = inserted.computeIfAbsent(rs.getObject("inserted_id", UUID.class), id -> new ArrayList<>());
				if (rs.getObject("signal_id") != null) {
					rows.add(MatchQueries.row(rs, rows.size()));
				}
			});
		return inserted;
	}

	/** Who registers, and when. */
	record Registrant(UUID organisationId, UUID professionalId, Instant now) {
	}

	/**
	 * A signal to register.
	 *
	 * @param birthDate the date of birth kept for the age rule, if any
	 */
	record NewSignal(UUID id, String fingerprint, PersonIdentity person, LocalDate birthDate) {
	}

}

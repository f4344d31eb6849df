package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saves signals and lists an organisation's own. */
@Repository
class SignalRepository {

	/** The first key of this module's advisory locks: its module number. */
	private static final int LOCK_SPACE = 5;

	private final JdbcClient jdbc;

	SignalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when a signal with this id exists, or the organisation has an active
	 * signal on this person
	 */
	boolean insert(UUID id, String fingerprint, PersonIdentity person, LocalDate birthDate, UUID organisationId,
			UUID professionalId, Instant now) {
		return jdbc.sql("""
				insert into signal (id, person_fingerprint, identified_by, hint, birth_date, organisation_id,
				                    professional_id, registered_at)
				values (:id, :fingerprint, :identifiedBy, :hint, :birthDate, :organisation, :professional, :now)
				on conflict do nothing
				""")
			.param("id", id)
			.param("fingerprint", fingerprint)
			.param("identifiedBy", person.identifiedBy().name())
			.param("hint", person.hint())
			.param("birthDate", birthDate)
			.param("organisation", organisationId)
			.param("professional", professionalId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Serialises registrations on the same person or the same household until the
	 * transaction ends, so that of two organisations signalling at the same moment the
	 * second always sees the first, and both are told. Locks are taken in one order, so
	 * two registrations cannot wait for each other.
	 */
	void lock(String fingerprint, Collection<UUID> households) {
		var keys = new TreeSet<Integer>();
		keys.add(fingerprint.hashCode());
		households.forEach(household -> keys.add(household.hashCode()));
		// one round trip: the keys in ascending order, one lock each
		jdbc.sql("""
				select count(pg_advisory_xact_lock(:space, key))
				  from (select key from unnest(cast(:keys as integer[])) key order by key) ordered
				""").param("space", LOCK_SPACE).param("keys", keys.toArray(Integer[]::new)).query(Long.class).single();
	}

	Optional<UUID> registeredBy(UUID id) {
		return jdbc.sql("select professional_id from signal where id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	Optional<String> fingerprintOf(UUID id) {
		return jdbc.sql("select person_fingerprint from signal where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	Optional<UUID> organisationOf(UUID id) {
		return jdbc.sql("select organisation_id from signal where id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Ends the organisation's signal on this person whose active period is over but that
	 * the lifecycle job has not reached yet, so that a new registration can take its
	 * place.
	 */
	void endExpired(String fingerprint, UUID organisationId, Instant activeSince, Instant now) {
		jdbc.sql("""
				update signal set ended_at = :now, end_reason = 'EXPIRED', hint = null, birth_date = null
				 where person_fingerprint = :fingerprint and organisation_id = :organisation and ended_at is null
				   and registered_at <= :activeSince
				""")
			.param("fingerprint", fingerprint)
			.param("organisation", organisationId)
			.param("activeSince", Timestamp.from(activeSince))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * @return false when the signal is not an active signal of this organisation
	 */
	boolean withdraw(UUID id, UUID organisationId, UUID by, Instant now) {
		return jdbc
			.sql("""
					update signal set ended_at = :now, end_reason = 'WITHDRAWN', ended_by = :by, hint = null, birth_date = null
					 where id = :id and organisation_id = :organisation and ended_at is null
					""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Instant> endedAt(UUID id) {
		return jdbc.sql("select ended_at from signal where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getTimestamp("ended_at"))
			.optional()
			.map(Timestamp::toInstant);
	}

	/** The organisation's active signals, newest first; one indexed query. */
	PageOf<SignalSummary> activeOfOrganisation(UUID organisationId, SignalSettings settings, Instant now,
			PageOf.Request page) {
		return PageOf.counted(page,
				request -> jdbc
					.sql("""
							select s.id, s.hint, s.identified_by, s.professional_id, p.name, s.registered_at, count(*) over () as total
							  from signal s join professional_profile p on p.id = s.professional_id
							 where s.organisation_id = :organisation and s.ended_at is null and s.registered_at > :activeSince
							   and (s.birth_date is null or s.birth_date > :bornOnOrBefore)
							 order by s.registered_at desc, s.id
							 limit :limit offset :offset
							""")
					.param("organisation", organisationId)
					.param("activeSince", Timestamp.from(settings.activeSince(now)))
					.param("bornOnOrBefore", settings.bornOnOrBefore(now))
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, row) -> {
						Instant registered = rs.getTimestamp("registered_at").toInstant();
						return new PageOf.Counted<>(
								new SignalSummary(rs.getObject("id", UUID.class), rs.getString("hint"),
										rs.getString("identified_by"), rs.getObject("professional_id", UUID.class),
										rs.getString("name"), registered, settings.activeUntil(registered)),
								rs.getLong("total"));
					})
					.list());
	}

	/**
	 * Ends active signals registered on or before {@code activeSince}, wiping what the
	 * archive does not need.
	 */
	int endExpired(Instant now, Instant activeSince) {
		return jdbc.sql("""
				update signal set ended_at = :now, end_reason = 'EXPIRED', hint = null, birth_date = null
				 where ended_at is null and registered_at <= :activeSince
				""").param("now", Timestamp.from(now)).param("activeSince", Timestamp.from(activeSince)).update();
	}

	/**
	 * At the age limit a signal is removed outright, not archived (as the Verwijsindex
	 * does at 23).
	 */
	int removeAtAgeLimit(LocalDate bornOnOrBefore) {
		return jdbc.sql("""
				delete from signal where ended_at is null and birth_date is not null and birth_date <= :bornOnOrBefore
				""").param("bornOnOrBefore", bornOnOrBefore).update();
	}

	int deleteArchived(Instant archivedBefore) {
		return jdbc.sql("delete from signal where ended_at is not null and ended_at <= :archivedBefore")
			.param("archivedBefore", Timestamp.from(archivedBefore))
			.update();
	}

}
